/**
 * Writes the OpenAPI document of the REST API to src/generated/openapi.json (run by
 * `npm run generate`; CI's `check:generated` fails when the committed file is not current).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildAppConfig } from '../src/config'
import { loadEnv } from '../src/env'
import { buildOpenApiDocument } from '../src/openapi/document'

const root = path.resolve(import.meta.dirname, '..')
export const OPENAPI_FILE = path.join(root, 'src/generated/openapi.json')

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-openapi-'))
  try {
    // The document depends on the configuration only: no database is opened.
    const config = await buildAppConfig(
      loadEnv({
        DATABASE_URI: `file:${path.join(tmp, 'unused.db')}`,
        SEED_DEMO: 'false',
        MEDIA_DIR: tmp,
      }),
    )
    fs.writeFileSync(OPENAPI_FILE, `${JSON.stringify(buildOpenApiDocument(config), null, 2)}\n`)
    console.log(`Wrote ${path.relative(root, OPENAPI_FILE)}`)
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
