import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { buildAppConfig } from '../../src/config'
import { loadEnv } from '../../src/env'
import type { TestDatabase } from './database'

/** The environment of a production server process on `database`, as the soak tests run it (API only, no limits). */
export function productionServerEnv(database: TestDatabase, mediaDir: string, port: string, secret: string): Record<string, string> & { PORT: string } {
  return {
    NODE_ENV: 'production',
    PAYLOAD_SECRET: secret,
    API_ONLY: 'true',
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    PORT: port,
    SERVER_URL: `http://127.0.0.1:${port}`,
    DATABASE_URI: database.uri,
    MEDIA_DIR: mediaDir,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_ANON_PER_MINUTE: '0',
    RATE_LIMIT_AUTH_PER_MINUTE: '0',
    RATE_LIMIT_LOGIN_PER_15_MIN: '0',
  }
}

/** A Local API instance in this process on the server's database, for reading only. */
export async function openVerifier(database: TestDatabase, mediaDir: string, key: string): Promise<Payload> {
  const env = loadEnv({ DATABASE_URI: database.uri, SEED_DEMO: 'false', JOBS_AUTORUN: 'false', LOG_LEVEL: 'silent', MEDIA_DIR: mediaDir })
  const config: SanitizedConfig = await buildAppConfig(env)
  // The server process migrated this database; a dev schema push from here must not touch it.
  const { init } = config.db
  config.db = { ...config.db, init: (args) => Object.assign(init(args), { push: false }) }
  return getPayload({ config, key: `${key}-${database.name}` })
}
