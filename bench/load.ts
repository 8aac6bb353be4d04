import autocannon, { type Request, type Result } from 'autocannon'

import type { BenchRequest, Scenario } from './scenarios'

export interface LoadResult {
  /** Responses received. */
  requests: number
  /** Mean of the per-second request rates. */
  requestsPerSecond: number
  latencyP50Ms: number
  latencyP99Ms: number
  /** Connection errors, timeouts included. */
  errors: number
  timeouts: number
  non2xx: number
  /** 2xx answers that were not a real answer (an empty list, a GraphQL error). */
  badBodies: number
  statusCodes: Record<string, number>
  /** Responses served from the response cache (`x-cache: HIT`). */
  cacheHits: number
  durationSeconds: number
}

export interface LoadOptions {
  connections: number
  /** Request timeout, seconds. */
  timeoutSeconds: number
}

/**
 * Every connection takes the next request of the scenario in turn, so the keys are visited
 * evenly and in order. Headers are copied because autocannon writes Content-Length into them.
 */
function rotating(requests: readonly BenchRequest[], onHit: () => void): Request {
  let next = 0
  return {
    setupRequest: (request) => {
      const chosen = requests[next++ % requests.length]
      return { ...request, ...chosen, headers: { ...request.headers, ...chosen.headers } }
    },
    onResponse: (_status, _body, _context, headers) => {
      if ((headers['x-cache'] ?? headers['X-Cache']) === 'HIT') onHit()
    },
  }
}

function summarize(result: Result, cacheHits: number): LoadResult {
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
  )
  return {
    requests: Object.values(statusCodes).reduce((sum, count) => sum + count, 0),
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    badBodies: result.mismatches,
    statusCodes,
    cacheHits,
    durationSeconds: result.duration,
  }
}

/** Drives one scenario against `url` for `seconds` and summarises what came back. */
export async function measure(
  url: string,
  scenario: Scenario,
  seconds: number,
  options: LoadOptions,
): Promise<LoadResult> {
  let cacheHits = 0
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: seconds,
    timeout: options.timeoutSeconds,
    requests: [rotating(scenario.requests, () => (cacheHits += 1))],
    verifyBody: scenario.verify,
  })
  return summarize(result, cacheHits)
}

/** Load whose results are thrown away: the scenarios' requests interleaved, for `seconds`. */
export async function warmUp(
  url: string,
  scenarios: readonly Scenario[],
  seconds: number,
  options: LoadOptions,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: seconds,
    timeout: options.timeoutSeconds,
    requests: scenarios.map((scenario) => rotating(scenario.requests, () => undefined)),
  })
  return summarize(result, 0)
}

/** Sends every request of `scenario` once (e.g. to fill a response cache before it is measured). */
export async function visitEach(
  url: string,
  scenario: Scenario,
  options: LoadOptions,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: Math.min(options.connections, scenario.requests.length),
    amount: scenario.requests.length,
    timeout: options.timeoutSeconds,
    requests: [rotating(scenario.requests, () => undefined)],
  })
  return summarize(result, 0)
}

export interface SequentialResult {
  requests: number
  meanMs: number
  p50Ms: number
  p90Ms: number
  /** Answers that were not 2xx or not the expected data. */
  errors: number
}

/**
 * One request at a time, `count` times after `warmup` discarded ones: the latency of a single
 * reader with nothing else queued (the measure peers are compared on).
 */
export async function sequential(
  url: string,
  request: BenchRequest,
  verify: (body: string) => boolean,
  count: number,
  warmup: number,
): Promise<SequentialResult> {
  const times: number[] = []
  let errors = 0
  for (let index = 0; index < warmup + count; index += 1) {
    const started = performance.now()
    const response = await fetch(`${url}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    })
    const body = await response.text()
    const elapsed = performance.now() - started
    if (index < warmup) continue
    times.push(elapsed)
    if (!response.ok || !verify(body)) errors += 1
  }
  times.sort((a, b) => a - b)
  const at = (share: number) =>
    Number(times[Math.min(times.length - 1, Math.floor(share * times.length))].toFixed(1))
  return {
    requests: times.length,
    meanMs: Number((times.reduce((sum, time) => sum + time, 0) / times.length).toFixed(1)),
    p50Ms: at(0.5),
    p90Ms: at(0.9),
    errors,
  }
}
