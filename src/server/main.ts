import 'dotenv/config'

import { loadEnvOrRefuse } from '../env'
import { stopOnSignals } from '../lib/stopOnSignals'
import { demoAccountsBox } from '../seed/box'

/** The process entry point: `npm run dev` and `npm start`. */
async function main(): Promise<void> {
  const env = loadEnvOrRefuse()
  if (!env) return
  if (env.usingDevSecret) {
    console.warn(
      'PAYLOAD_SECRET is not set: using a fixed development secret. Never do this in production.',
    )
  }

  const started = Date.now()
  // Loaded only once the settings are known to be good, so a bad setting fails in a blink.
  const { startServer } = await import('./start')
  const running = await startServer(env)
  const mode = env.apiOnly ? 'API only' : `admin at ${running.url}/admin`
  running.payload.logger.info(
    `Listening on ${running.url} (${env.nodeEnv}, ${env.database.kind}, ${mode}) after ${Date.now() - started} ms`,
  )
  // Last, so that the once-only passwords are not buried under the start-up log.
  if (running.demoAccounts.length > 0) process.stdout.write(demoAccountsBox(running.demoAccounts))

  stopOnSignals(running.payload.logger, 'finishing in-flight requests and job runs', () =>
    running.close(env.shutdownGraceSeconds * 1000),
  )
}

main().catch((error: unknown) => {
  console.error('The server failed to start:', error instanceof Error ? error.message : error)
  process.exit(1)
})
