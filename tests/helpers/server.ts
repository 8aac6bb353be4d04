import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'
import type { Payload } from 'payload'

import { loadEnv, type AppEnv } from '../../src/env'
import { startServer } from '../../src/server/start'
import { ApiClient } from './api'
import { createTestDatabase, type TestDatabase } from './database'
import { startMailCatcher, type MailCatcher } from './mail'

export interface TestServer {
  url: string
  api: ApiClient
  payload: Payload
  env: AppEnv
  database: TestDatabase
  mail: MailCatcher
  close: () => Promise<void>
}

export interface TestServerOptions {
  /** Extra or overriding environment variables, as the process would read them. */
  env?: Record<string, string>
  /** A database prepared by the test (dropped by it too); otherwise a fresh one is made and dropped here. */
  database?: TestDatabase
}

/**
 * Starts the real Express server (API-only) in this test process on a free port, with its
 * own fresh database, its own media directory and a real SMTP catcher for its email.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = options.database ?? (await createTestDatabase())
  const mail = await startMailCatcher()
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-media-'))
  const port = await getPort()
  const env = loadEnv({
    NODE_ENV: 'test',
    API_ONLY: 'true',
    HOST: '127.0.0.1',
    PORT: String(port),
    SERVER_URL: `http://127.0.0.1:${port}`,
    DATABASE_URI: database.uri,
    SEED_DEMO: 'false',
    MEDIA_DIR: mediaDir,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Tests fire many requests from one address; the files that test limits set their own.
    RATE_LIMIT_ANON_PER_MINUTE: '0',
    RATE_LIMIT_AUTH_PER_MINUTE: '0',
    RATE_LIMIT_LOGIN_PER_15_MIN: '0',
    ...options.env,
  })
  const running = await startServer(env)
  return {
    url: running.url,
    api: new ApiClient(running.url),
    payload: running.payload,
    env,
    database,
    mail,
    close: async () => {
      await running.close(2000)
      await mail.close()
      if (!options.database) await database.drop()
      fs.rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}
