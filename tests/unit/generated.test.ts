import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { configToSchema } from '@payloadcms/graphql'
import { generateTypes } from 'payload/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildAppConfig } from '../../src/config'
import { loadEnv } from '../../src/env'

/**
 * Frontends build against the committed GraphQL SDL and TypeScript types; both must describe
 * the configuration as it is. A failure here means: run `npm run generate` and commit.
 */
// Payload builds its schema with Node's own (CommonJS) copy of graphql; Vite would hand this file
// the ESM copy, whose printSchema refuses types from the other realm. Print with Payload's copy.
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql')
const root = path.resolve(import.meta.dirname, '../..')
let config: Awaited<ReturnType<typeof buildAppConfig>>
let tmpDir: string

beforeAll(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-generated-'))
  config = await buildAppConfig(
    loadEnv({
      DATABASE_URI: `file:${path.join(tmpDir, 'unused.db')}`,
      SEED_DEMO: 'false',
      MEDIA_DIR: tmpDir,
    }),
  )
})

afterAll(() => {
  fs.rmSync(tmpDir, { recursive: true, force: true })
})

describe('generated files', () => {
  it('src/generated/schema.graphql is the SDL of the current config', () => {
    const committed = fs.readFileSync(path.join(root, 'src/generated/schema.graphql'), 'utf8')
    const { schema } = configToSchema(config)
    // Compare line by line, so a failure shows which types changed.
    expect(printSchema(schema).split('\n')).toEqual(committed.split('\n'))
  })

  it('src/payload-types.ts is what `payload generate:types` produces for the current config', async () => {
    const committed = fs.readFileSync(path.join(root, 'src/payload-types.ts'), 'utf8')
    const output = path.join(tmpDir, 'payload-types.ts')
    const previous = process.env.PAYLOAD_TS_OUTPUT_PATH
    process.env.PAYLOAD_TS_OUTPUT_PATH = output
    try {
      await generateTypes(config, { log: false })
    } finally {
      if (previous === undefined) delete process.env.PAYLOAD_TS_OUTPUT_PATH
      else process.env.PAYLOAD_TS_OUTPUT_PATH = previous
    }
    expect(fs.readFileSync(output, 'utf8').split('\n')).toEqual(committed.split('\n'))
  })
})
