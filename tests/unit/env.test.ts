import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ConfigError, loadEnv, resolveDatabase } from '../../src/env'

describe('resolveDatabase', () => {
  it('defaults to an SQLite file under ./data', () => {
    expect(resolveDatabase(undefined, '/srv/cms')).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/cms/data/cms.db',
      sqlitePath: '/srv/cms/data/cms.db',
    })
  })

  it('resolves relative and absolute file: URIs', () => {
    expect(resolveDatabase('file:./x/y.db', '/srv').sqlitePath).toBe(path.resolve('/srv/x/y.db'))
    expect(resolveDatabase('file:/tmp/x.db', '/srv').sqlitePath).toBe('/tmp/x.db')
    expect(resolveDatabase('file:///tmp/x.db', '/srv').sqlitePath).toBe('/tmp/x.db')
  })

  it.each([
    ['postgres://u:p@localhost:5432/cms', 'postgres'],
    ['postgresql://u:p@localhost/cms', 'postgres'],
    ['mongodb://localhost:27017/cms', 'mongodb'],
    ['mongodb+srv://cluster.example.net/cms', 'mongodb'],
  ])('picks the adapter for %s', (uri, kind) => {
    expect(resolveDatabase(uri)).toEqual({ kind, url: uri })
  })

  it.each(['mysql://root:secret@db/cms', 'http://example.com', 'just-a-name', 'file:'])(
    'refuses %s naming the accepted schemes',
    (uri) => {
      expect(() => resolveDatabase(uri)).toThrow(ConfigError)
      try {
        resolveDatabase(uri)
      } catch (error) {
        const message = (error as Error).message
        expect(message).not.toContain('secret')
        expect(message.split('\n')).toHaveLength(1)
      }
    },
  )
})

describe('loadEnv', () => {
  it('uses development defaults with a flagged dev secret', () => {
    const env = loadEnv({}, '/srv/cms')
    expect(env).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      serverURL: 'http://localhost:3000',
      apiOnly: false,
      seedDemo: true,
      usingDevSecret: true,
      reviewIntervalDays: 365,
      database: { kind: 'sqlite' },
    })
    expect(env.corsOrigins).toEqual(['http://localhost:3000'])
  })

  it('requires a long PAYLOAD_SECRET in production and never seeds there by default', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is required/)
    expect(() => loadEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(
      /at least 32 characters/,
    )
    const env = loadEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(env.seedDemo).toBe(false)
    expect(env.usingDevSecret).toBe(false)
  })

  it('parses lists, booleans and numbers strictly', () => {
    const env = loadEnv({
      CORS_ORIGINS: 'https://a.example, https://b.example/',
      API_ONLY: 'yes',
      PORT: '8080',
      SMTP_HOST: 'smtp.example',
      SMTP_SECURE: 'true',
    })
    expect(env.corsOrigins).toEqual(['https://a.example', 'https://b.example'])
    expect(env.csrfOrigins).toContain('https://b.example')
    expect(env.apiOnly).toBe(true)
    expect(env.port).toBe(8080)
    expect(env.smtp).toMatchObject({ host: 'smtp.example', port: 465, secure: true })
    expect(() => loadEnv({ API_ONLY: 'maybe' })).toThrow(/API_ONLY must be true or false/)
    expect(() => loadEnv({ PORT: '70000' })).toThrow(/PORT must be a whole number/)
    expect(() => loadEnv({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV must be/)
  })

  it('runs jobs on minute-level crons and the re-review check daily unless told otherwise', () => {
    const defaults = loadEnv({})
    expect(defaults.jobsAutoRunCron).toBeUndefined()
    expect(defaults.reviewOverdueCron).toBe('0 0 3 * * *')
    const env = loadEnv({
      JOBS_AUTORUN_CRON: ' */5  * * * * * ',
      REVIEW_OVERDUE_CRON: '0 30 2 * * 1',
    })
    expect(env.jobsAutoRunCron).toBe('*/5 * * * * *')
    expect(env.reviewOverdueCron).toBe('0 30 2 * * 1')
    expect(() => loadEnv({ JOBS_AUTORUN_CRON: 'every minute' })).toThrow(
      /JOBS_AUTORUN_CRON must be a cron pattern/,
    )
    expect(() => loadEnv({ REVIEW_OVERDUE_CRON: '* * * *' })).toThrow(
      /REVIEW_OVERDUE_CRON must be a cron pattern/,
    )
  })
})

describe('frontend delivery settings', () => {
  it('read TRUST_PROXY as Express takes it: true/false, a hop count, or addresses and subnets', () => {
    expect(loadEnv({}).trustProxy).toBe(false)
    expect(loadEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) }).trustProxy).toBe(1)
    expect(loadEnv({ TRUST_PROXY: 'true' }).trustProxy).toBe(true)
    expect(loadEnv({ TRUST_PROXY: '2' }).trustProxy).toBe(2)
    expect(loadEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
    ])
    expect(() => loadEnv({ TRUST_PROXY: 'my load balancer' })).toThrow(/TRUST_PROXY/)
  })

  it('keep default page paths and refuse patterns without a slug', () => {
    expect(loadEnv({ SITE_PAGE_PATHS: 'article=/{locale}/guides/{slug}' }).sitePagePaths).toEqual({
      article: '/{locale}/guides/{slug}',
      treatment: '/{locale}/treatments/{slug}',
      clinic: '/{locale}/clinics/{slug}',
    })
    expect(() => loadEnv({ SITE_PAGE_PATHS: 'article=/guides' })).toThrow(/SITE_PAGE_PATHS/)
    expect(() => loadEnv({ SITE_PAGE_PATHS: 'page=/{slug}' })).toThrow(/SITE_PAGE_PATHS/)
  })

  it('need a manifest for the persisted query allowlist, and a purge URL for the other CDN settings', () => {
    expect(() => loadEnv({ GRAPHQL_PERSISTED_QUERIES: 'allowlist' })).toThrow(
      /GRAPHQL_PERSISTED_QUERY_MANIFEST/,
    )
    expect(() => loadEnv({ GRAPHQL_PERSISTED_QUERIES: 'sometimes' })).toThrow(
      /GRAPHQL_PERSISTED_QUERIES must be one of apq, allowlist, off/,
    )
    expect(() => loadEnv({ CDN_PURGE_TOKEN: 'secret' })).toThrow(/CDN_PURGE_URL/)
    expect(
      loadEnv({
        CDN_PURGE_URL: 'https://api.fastly.com/service/x/purge/',
        CDN_PURGE_STYLE: 'fastly',
      }).delivery.cdnPurge,
    ).toEqual({ url: 'https://api.fastly.com/service/x/purge', style: 'fastly', token: undefined })
    expect(() => loadEnv({ CORS_ALLOWED_HEADERS: 'content-type, bad header' })).toThrow(
      /CORS_ALLOWED_HEADERS/,
    )
  })
})
