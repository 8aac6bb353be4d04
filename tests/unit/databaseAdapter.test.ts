import { describe, expect, it } from 'vitest'

import { buildAppConfig } from '../../src/config'
import { createDatabaseAdapter } from '../../src/db/adapter'
import { loadEnv, resolveDatabase } from '../../src/env'

describe('createDatabaseAdapter', () => {
  it.each([
    ['file:/tmp/cms-adapter-test/cms.db', 'sqlite'],
    ['postgres://u:p@127.0.0.1:1/cms', 'postgres'],
    ['mongodb://127.0.0.1:1/cms', 'mongoose'],
  ])('builds the %s adapter as %s', (uri, name) => {
    const adapter = createDatabaseAdapter(resolveDatabase(uri))
    expect(adapter.name).toBe(name)
  })

  it('builds the whole config for MongoDB without a live server', async () => {
    // No MongoDB server exists on this machine; this proves the config and its GraphQL schema build.
    const config = await buildAppConfig(
      loadEnv({ DATABASE_URI: 'mongodb://127.0.0.1:1/cms', SEED_DEMO: 'false' }),
    )
    expect(config.db.name).toBe('mongoose')
    expect(config.collections.map((collection) => collection.slug)).toEqual(
      expect.arrayContaining(['users', 'media']),
    )
    const { configToSchema } = await import('@payloadcms/graphql')
    const { schema } = configToSchema(config)
    expect(schema.getQueryType()?.getFields()).toHaveProperty('Users')
  })
})
