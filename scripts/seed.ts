/** `npm run seed`: adds the demo content to the configured database; existing items are kept. */
import 'dotenv/config'

import { getPayload } from 'payload'

import { buildAppConfig } from '../src/config'
import { closePayload } from '../src/db/close'
import { ConfigError, loadEnv } from '../src/env'
import { seedDemoContent } from '../src/seed'

async function main(): Promise<void> {
  const env = loadEnv({ ...process.env, JOBS_AUTORUN: 'false' })
  const payload = await getPayload({ config: buildAppConfig(env) })
  try {
    const created = await seedDemoContent(payload, { printPasswords: !env.isProduction })
    console.log(
      created.length > 0
        ? `Seeded ${created.length} documents.`
        : 'Nothing to seed: the demo content is already there.',
    )
  } finally {
    await closePayload(payload)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Refusing to seed: ${error.message}` : error)
  process.exitCode = 1
})
