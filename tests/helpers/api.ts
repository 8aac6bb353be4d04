/** A small HTTP client for the API under test: JSON in, status + JSON out, nothing hidden. */
export interface ApiResponse<T = any> {
  status: number
  headers: Headers
  body: T
}

export interface RequestOptions {
  token?: string
  apiKey?: string
  headers?: Record<string, string>
  /** A raw body sent as is (for malformed input); otherwise `json` is serialised. */
  rawBody?: BodyInit
}

export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async request<T = any>(
    method: string,
    path: string,
    json?: unknown,
    options: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.authorization = `JWT ${options.token}`
    if (options.apiKey) headers.authorization = `users API-Key ${options.apiKey}`
    let body: BodyInit | undefined = options.rawBody
    if (body === undefined && json !== undefined) {
      headers['content-type'] ??= 'application/json'
      body = JSON.stringify(json)
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body })
    const text = await response.text()
    let parsed: unknown = text
    if ((response.headers.get('content-type') ?? '').includes('json') && text)
      parsed = JSON.parse(text)
    return { status: response.status, headers: response.headers, body: parsed as T }
  }

  get<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, undefined, options)
  }

  post<T = any>(path: string, json?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, json, options)
  }

  patch<T = any>(path: string, json?: unknown, options?: RequestOptions) {
    return this.request<T>('PATCH', path, json, options)
  }

  delete<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, undefined, options)
  }

  graphql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions & { locale?: string },
  ) {
    return this.post<{
      data?: T
      errors?: Array<{ message: string; extensions?: any; path?: string[] }>
    }>('/api/graphql', { query, variables }, options)
  }

  /** Logs in and returns the JWT; fails the test loudly if login does not succeed. */
  async login(email: string, password: string): Promise<string> {
    const response = await this.post('/api/users/login', { email, password })
    if (response.status !== 200 || !response.body?.token) {
      throw new Error(
        `login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`,
      )
    }
    return response.body.token as string
  }
}
