/** How errors appear in production logs: what went wrong, never the stack (which can carry data). */
export function errorWithoutStack(error: unknown): Record<string, unknown> {
  if (!error || typeof error !== 'object') return { message: String(error) }
  const { name, message, code, status } = error as {
    name?: unknown
    message?: unknown
    code?: unknown
    status?: unknown
  }
  return {
    type: name,
    message,
    ...(code !== undefined ? { code } : {}),
    ...(status !== undefined ? { status } : {}),
  }
}
