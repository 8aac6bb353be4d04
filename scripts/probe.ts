import { getPayload } from 'payload'
import { buildAppConfig } from '../src/config'
import { loadEnv } from '../src/env'
async function main() {
  const payload = await getPayload({ config: buildAppConfig(loadEnv({ DATABASE_URI: 'file:/tmp/probe.db', SEED_DEMO: 'false' })) })
  const db = payload.db as any
  console.log([...db.tableNameMap.entries()].slice(0, 12))
  await payload.destroy()
}
main()
