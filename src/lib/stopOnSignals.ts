/**
 * Stops a long-running process on SIGTERM or SIGINT, once: says what it finishes first (`finishing`),
 * runs `close`, and exits 0, or 1 when closing failed.
 */
export function stopOnSignals(
  logger: { info: (message: string) => void },
  finishing: string,
  close: () => Promise<void>,
): void {
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    logger.info(`${signal} received: ${finishing}, then closing the database`)
    close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error('Shutdown failed', error)
        process.exit(1)
      })
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
