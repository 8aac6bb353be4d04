import { randomBytes } from 'node:crypto'
import path from 'node:path'

/** A setting the process cannot run with; the message is one line a person can act on. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export interface DatabaseTarget {
  kind: DatabaseKind
  /** Connection string handed to the adapter (for SQLite always a `file:` URL). */
  url: string
  /** Absolute path of the SQLite file, for SQLite only. */
  sqlitePath?: string
}

export interface SmtpSettings {
  host: string
  port: number
  secure: boolean
  user?: string
  pass?: string
}

export interface AppEnv {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  host: string
  port: number
  serverURL: string
  corsOrigins: string[]
  csrfOrigins: string[]
  database: DatabaseTarget
  payloadSecret: string
  /** True when the fixed development secret is in use (never in production). */
  usingDevSecret: boolean
  apiOnly: boolean
  seedDemo: boolean
  smtp?: SmtpSettings
  emailFrom: { address: string; name: string }
  reviewIntervalDays: number
  /** Days a medical reviewer has for a submission unless it names a due date. */
  reviewDueDays: number
  logLevel: string
  /** Where uploads are stored on local disk (when no object storage is configured). */
  mediaDir: string
  /** Uploads in an S3-compatible bucket instead of `mediaDir`, when S3_BUCKET is set. */
  objectStorage?: ObjectStorageSettings
  /** Public base URL of the media files (a CDN or a public bucket) that answers link to; unset: the API's own file route. */
  mediaUrl?: string
  /** Wording flagged for a medical reviewer's attention; unset: the list in src/workflow/claims.ts. */
  claimPhrases?: readonly string[]
  /** Run queued jobs (scheduled publishing, the daily re-review check) in this process. */
  jobsAutoRun: boolean
  /** How long a stopping process waits for in-flight requests and the job runs in progress. */
  shutdownGraceSeconds: number
  /**
   * How often every job queue is checked (a cron pattern, seconds optional). Unset: each
   * queue's own minute-level schedule. Tests set a seconds-level pattern to avoid waiting minutes.
   */
  jobsAutoRunCron?: string
  /** When the re-review check is scheduled (a cron pattern with seconds; daily at 03:00 by default). */
  reviewOverdueCron: string
  delivery: DeliverySettings
  /** The public website's address, for links in structured data. */
  siteUrl: string
  /** Path of each kind of page on the public website, for JSON-LD and sitemap links. */
  sitePagePaths: SitePagePaths
  /** Express's `trust proxy`: which hops' X-Forwarded-For (client address) and X-Forwarded-Proto to believe. */
  trustProxy: boolean | number | string[]
}

/** A path pattern per page kind, with `{locale}` and `{slug}` filled in. */
export type SitePagePaths = Record<'article' | 'clinic' | 'treatment', string>

export interface CorsSettings {
  /** Request headers a browser may send from an allowed origin (answered to preflights). */
  allowedHeaders: string[]
  /** Response headers a browser lets the calling script read. */
  exposedHeaders: string[]
  /** Seconds a browser may reuse a preflight answer. */
  maxAgeSeconds: number
}

export interface PersistedQuerySettings {
  /** `apq`: automatic persisted queries (any query, registered by its sha256); `allowlist`: only the manifest's operations; `off`. */
  mode: 'allowlist' | 'apq' | 'off'
  /** The operations allowed in `allowlist` mode, as an Apollo persisted query manifest file. */
  manifestPath?: string
}

export interface CdnPurgeSettings {
  /** Purge-by-tag endpoint of the CDN. */
  url: string
  /** How the tags are sent: Cloudflare's JSON body `{ "tags": [...] }`, or Fastly's `Surrogate-Key` header. */
  style: 'cloudflare' | 'fastly'
  /** API token: `Authorization: Bearer` (Cloudflare) or `Fastly-Key` (Fastly). */
  token?: string
}

export interface ObjectStorageSettings {
  bucket: string
  /** The S3 API's address for anything but AWS (R2, MinIO, a local store); unset: AWS S3 in `region`. */
  endpoint?: string
  region: string
  /** Both or neither; neither: the AWS SDK's own credential chain (environment, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
  /** Bucket in the path (`endpoint/bucket/key`) instead of the host name, as most S3-compatible stores need. */
  forcePathStyle: boolean
  /** Seconds a signed download link stays valid; 0: the API streams files from the bucket itself. */
  signedDownloadSeconds: number
}

export interface AdmissionSettings {
  /** API requests worked on at once; the rest wait their turn in arrival order. */
  maxConcurrent: number
  /** Requests allowed to wait; one more is refused with 503 at once. */
  maxQueued: number
}

export interface DeliverySettings {
  /** Cache anonymous API reads in memory. */
  responseCache: boolean
  cacheMaxAgeSeconds: number
  cacheStaleWhileRevalidateSeconds: number
  cacheMaxBytes: number
  /** Shares cache invalidation and rate limits between processes through Redis when set (else through PostgreSQL, when that is the database). */
  redisUrl?: string
  /** Requests per minute per client address; 0 turns the limit off. */
  rateLimitAnonymousPerMinute: number
  rateLimitAuthenticatedPerMinute: number
  /** Login, registration and password-reset attempts per 15 minutes per client address. */
  rateLimitLoginPer15Minutes: number
  bodyLimitBytes: number
  graphqlBodyLimitBytes: number
  graphqlIntrospection: boolean
  graphqlMaxDepth: number
  graphqlMaxComplexity: number
  graphqlPersistedQueries: PersistedQuerySettings
  admission: AdmissionSettings
  /** Requests per minute per API key of the `frontend` role (a server-rendering website); 0 turns the limit off. */
  rateLimitFrontendPerMinute: number
  cors: CorsSettings
  /** Tells a CDN which cached answers to drop when content changes; unset: no CDN. */
  cdnPurge?: CdnPurgeSettings
}

export const DEFAULT_SQLITE_FILE = 'data/cms.db'
const DEV_SECRET = 'development-only-secret-do-not-use-in-production'
const ACCEPTED_SCHEMES = 'file:, postgres://, postgresql://, mongodb://, mongodb+srv://'

type Source = Record<string, string | undefined>

function readBoolean(source: Source, name: string, fallback: boolean): boolean {
  const raw = source[name]?.trim().toLowerCase()
  if (raw === undefined || raw === '') return fallback
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true
  if (['0', 'false', 'no', 'off'].includes(raw)) return false
  throw new ConfigError(`${name} must be true or false (got "${source[name]}")`)
}

function readInteger(
  source: Source,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = source[name]?.trim()
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`)
  }
  return value
}

/** A cron pattern of five fields, or six with seconds first, as Payload's job runner (croner) reads it. */
function readCron(source: Source, name: string): string | undefined {
  const raw = source[name]?.trim()
  if (raw === undefined || raw === '') return undefined
  const fields = raw.split(/\s+/)
  if (
    (fields.length !== 5 && fields.length !== 6) ||
    !fields.every((field) => /^[0-9A-Za-z*/,?#-]+$/.test(field))
  ) {
    throw new ConfigError(
      `${name} must be a cron pattern of 5 fields, or 6 with seconds first (got "${raw}")`,
    )
  }
  return fields.join(' ')
}

function readList(source: Source, name: string): string[] | undefined {
  const raw = source[name]
  if (raw === undefined || raw.trim() === '') return undefined
  return raw
    .split(',')
    .map((item) => item.trim().replace(/\/$/, ''))
    .filter(Boolean)
}

function readChoice<T extends string>(
  source: Source,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = source[name]?.trim().toLowerCase()
  if (raw === undefined || raw === '') return fallback
  if ((choices as readonly string[]).includes(raw)) return raw as T
  throw new ConfigError(`${name} must be one of ${choices.join(', ')} (got "${source[name]}")`)
}

/** Header names, lower-cased; the defaults when unset. */
function readHeaderNames(source: Source, name: string, defaults: readonly string[]): string[] {
  const names = readList(source, name)
  if (!names) return [...defaults]
  const bad = names.find((header) => !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header))
  if (bad)
    throw new ConfigError(`${name} must be a comma-separated list of header names (got "${bad}")`)
  return names.map((header) => header.toLowerCase())
}

/** What browsers may send cross-origin: Payload's own headers, conditional requests, request ids and Apollo Client's. */
export const DEFAULT_CORS_ALLOWED_HEADERS = [
  'accept',
  'accept-language',
  'authorization',
  'content-type',
  'content-encoding',
  'x-requested-with',
  'if-none-match',
  'if-modified-since',
  'x-request-id',
  'x-payload-http-method-override',
  'apollographql-client-name',
  'apollographql-client-version',
  'apollo-require-preflight',
  'x-apollo-operation-name',
]

/** What scripts may read: validators, caching and cache tags, rate limits, the request id. */
export const DEFAULT_CORS_EXPOSED_HEADERS = [
  'etag',
  'last-modified',
  'cache-control',
  'x-cache',
  'surrogate-key',
  'cache-tag',
  'ratelimit',
  'ratelimit-policy',
  'retry-after',
  'x-request-id',
  'x-approved-hash',
]

const DEFAULT_SITE_PAGE_PATHS: SitePagePaths = {
  article: '/{locale}/articles/{slug}',
  treatment: '/{locale}/treatments/{slug}',
  clinic: '/{locale}/clinics/{slug}',
}

/** `article=/{locale}/articles/{slug},…`: any kind left out keeps its default path. */
function readSitePagePaths(source: Source): SitePagePaths {
  const entries = readList(source, 'SITE_PAGE_PATHS') ?? []
  const paths = { ...DEFAULT_SITE_PAGE_PATHS }
  for (const entry of entries) {
    const [kind, pattern] = entry.split('=').map((part) => part.trim())
    if (!(kind in paths) || !pattern?.startsWith('/') || !pattern.includes('{slug}')) {
      throw new ConfigError(
        `SITE_PAGE_PATHS entries must look like article=/{locale}/articles/{slug} (kinds: ${Object.keys(paths).join(', ')}; got "${entry}")`,
      )
    }
    paths[kind as keyof SitePagePaths] = pattern
  }
  return paths
}

/** true, false, a number of proxy hops, or addresses and subnets (Express's `trust proxy` values). */
function readTrustProxy(source: Source, fallback: AppEnv['trustProxy']): AppEnv['trustProxy'] {
  const raw = source.TRUST_PROXY?.trim()
  if (raw === undefined || raw === '') return fallback
  if (/^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true'
  if (/^\d+$/.test(raw)) return readInteger(source, 'TRUST_PROXY', 0, 0, 100)
  const list = readList(source, 'TRUST_PROXY') ?? []
  const bad = list.find(
    (item) => !/^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i.test(item),
  )
  if (bad)
    throw new ConfigError(
      `TRUST_PROXY must be true, false, a number of proxies, or addresses and subnets (got "${bad}")`,
    )
  return list
}

function readCdnPurge(source: Source): CdnPurgeSettings | undefined {
  const url = readUrl(source, 'CDN_PURGE_URL')
  if (!url) {
    const stray = ['CDN_PURGE_STYLE', 'CDN_PURGE_TOKEN'].find((name) => source[name]?.trim())
    if (stray)
      throw new ConfigError(
        `${stray} is set but CDN_PURGE_URL is not; set CDN_PURGE_URL to purge a CDN by cache tag`,
      )
    return undefined
  }
  return {
    url,
    style: readChoice(source, 'CDN_PURGE_STYLE', ['cloudflare', 'fastly'] as const, 'cloudflare'),
    token: source.CDN_PURGE_TOKEN?.trim() || undefined,
  }
}

function readPersistedQueries(source: Source, cwd: string): PersistedQuerySettings {
  const mode = readChoice(
    source,
    'GRAPHQL_PERSISTED_QUERIES',
    ['apq', 'allowlist', 'off'] as const,
    'apq',
  )
  const manifest = source.GRAPHQL_PERSISTED_QUERY_MANIFEST?.trim()
  if (mode === 'allowlist' && !manifest)
    throw new ConfigError(
      'GRAPHQL_PERSISTED_QUERIES=allowlist needs GRAPHQL_PERSISTED_QUERY_MANIFEST, the path of the persisted query manifest',
    )
  return { mode, manifestPath: manifest ? path.resolve(cwd, manifest) : undefined }
}

/**
 * Picks the database adapter from `DATABASE_URI`. The message for an unknown scheme names
 * only the scheme, never the whole URI, because URIs carry passwords.
 */
export function resolveDatabase(uri: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const value = uri?.trim() ?? ''
  if (value === '') {
    const sqlitePath = path.resolve(cwd, DEFAULT_SQLITE_FILE)
    return { kind: 'sqlite', url: `file:${sqlitePath}`, sqlitePath }
  }
  if (value.startsWith('file:')) {
    const filePart = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (filePart === '' || filePart === ':memory:') {
      throw new ConfigError(
        'DATABASE_URI file: must name a database file, for example file:./data/cms.db',
      )
    }
    const sqlitePath = path.resolve(cwd, filePart)
    return { kind: 'sqlite', url: `file:${sqlitePath}`, sqlitePath }
  }
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: 'postgres', url: value }
  if (/^mongodb(\+srv)?:\/\//i.test(value)) return { kind: 'mongodb', url: value }
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(value)?.[1] ?? '(none)'
  throw new ConfigError(
    `DATABASE_URI scheme ${scheme} is not supported; use one of ${ACCEPTED_SCHEMES}`,
  )
}

function readUrl(source: Source, name: string): string | undefined {
  const raw = source[name]?.trim()
  if (raw === undefined || raw === '') return undefined
  if (!/^https?:\/\/[^\s/]+/.test(raw))
    throw new ConfigError(`${name} must be an http(s) URL (got "${raw}")`)
  return raw.replace(/\/+$/, '')
}

/** S3_BUCKET turns object storage on; the other S3_* settings are refused without it, so a typo cannot silently store uploads on local disk. */
export function readObjectStorage(source: Source): ObjectStorageSettings | undefined {
  const bucket = source.S3_BUCKET?.trim()
  if (!bucket) {
    const stray = [
      'S3_ENDPOINT',
      'S3_REGION',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
      'S3_FORCE_PATH_STYLE',
      'S3_SIGNED_DOWNLOADS_SECONDS',
    ].find((name) => source[name]?.trim())
    if (stray)
      throw new ConfigError(
        `${stray} is set but S3_BUCKET is not; set S3_BUCKET to store uploads in object storage`,
      )
    return undefined
  }
  const endpoint = readUrl(source, 'S3_ENDPOINT')
  const accessKeyId = source.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = source.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigError(
      "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS SDK's own credentials",
    )
  }
  return {
    bucket,
    endpoint,
    region: source.S3_REGION?.trim() || 'us-east-1',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: readBoolean(source, 'S3_FORCE_PATH_STYLE', endpoint !== undefined),
    signedDownloadSeconds: readInteger(source, 'S3_SIGNED_DOWNLOADS_SECONDS', 0, 0, 604_800),
  }
}

export const resolveMediaDir = (source: Source = process.env, cwd = process.cwd()): string =>
  path.resolve(cwd, source.MEDIA_DIR?.trim() || 'media')

function readNodeEnv(source: Source): AppEnv['nodeEnv'] {
  const raw = source.NODE_ENV?.trim() || 'development'
  if (raw === 'development' || raw === 'production' || raw === 'test') return raw
  throw new ConfigError(`NODE_ENV must be development, production or test (got "${raw}")`)
}

function readSmtp(source: Source): SmtpSettings | undefined {
  const host = source.SMTP_HOST?.trim()
  if (!host) return undefined
  const secure = readBoolean(source, 'SMTP_SECURE', false)
  return {
    host,
    port: readInteger(source, 'SMTP_PORT', secure ? 465 : 587, 1, 65535),
    secure,
    user: source.SMTP_USER?.trim() || undefined,
    pass: source.SMTP_PASS || undefined,
  }
}

/** Reads and checks every setting once, at start-up. Throws ConfigError on the first bad one. */
export function loadEnv(source: Source = process.env, cwd = process.cwd()): AppEnv {
  const nodeEnv = readNodeEnv(source)
  const isProduction = nodeEnv === 'production'
  const port = readInteger(source, 'PORT', 3000, 0, 65535)
  const host = source.HOST?.trim() || '0.0.0.0'

  const secret = source.PAYLOAD_SECRET?.trim() ?? ''
  // `next build` loads the config to compile the admin UI; it signs nothing, so it needs no secret.
  const buildingAdmin = source.NEXT_PHASE === 'phase-production-build'
  if (isProduction && secret === '' && !buildingAdmin) {
    throw new ConfigError(
      'PAYLOAD_SECRET is required when NODE_ENV=production; set it to a long random string',
    )
  }
  if (isProduction && secret !== '' && secret.length < 32) {
    throw new ConfigError('PAYLOAD_SECRET must be at least 32 characters when NODE_ENV=production')
  }

  const serverURL = (source.SERVER_URL?.trim() || `http://localhost:${port || 3000}`).replace(
    /\/$/,
    '',
  )
  if (!/^https?:\/\/[^\s/]+/.test(serverURL)) {
    throw new ConfigError(`SERVER_URL must be an http(s) URL (got "${serverURL}")`)
  }
  const corsOrigins = readList(source, 'CORS_ORIGINS') ?? [serverURL]
  const csrfOrigins = readList(source, 'CSRF_ORIGINS') ?? corsOrigins
  const database = resolveDatabase(source.DATABASE_URI, cwd)

  return {
    nodeEnv,
    isProduction,
    host,
    port,
    serverURL,
    corsOrigins,
    csrfOrigins: Array.from(new Set([serverURL, ...csrfOrigins])),
    database,
    payloadSecret: secret || (buildingAdmin ? randomBytes(32).toString('hex') : DEV_SECRET),
    usingDevSecret: secret === '',
    apiOnly: readBoolean(source, 'API_ONLY', false),
    seedDemo: readBoolean(source, 'SEED_DEMO', !isProduction),
    smtp: readSmtp(source),
    emailFrom: {
      address: source.EMAIL_FROM_ADDRESS?.trim() || 'no-reply@localhost',
      name: source.EMAIL_FROM_NAME?.trim() || 'Clinic CMS',
    },
    reviewIntervalDays: readInteger(source, 'REVIEW_INTERVAL_DAYS', 365, 1, 3650),
    reviewDueDays: readInteger(source, 'REVIEW_DUE_DAYS', 3, 1, 90),
    logLevel: source.LOG_LEVEL?.trim() || (nodeEnv === 'test' ? 'warn' : 'info'),
    mediaDir: resolveMediaDir(source, cwd),
    objectStorage: readObjectStorage(source),
    mediaUrl: readUrl(source, 'MEDIA_URL'),
    claimPhrases: readList(source, 'CLAIM_PHRASES'),
    jobsAutoRun: readBoolean(source, 'JOBS_AUTORUN', nodeEnv !== 'test'),
    shutdownGraceSeconds: readInteger(source, 'SHUTDOWN_GRACE_SECONDS', 30, 1, 3600),
    jobsAutoRunCron: readCron(source, 'JOBS_AUTORUN_CRON'),
    reviewOverdueCron: readCron(source, 'REVIEW_OVERDUE_CRON') ?? '0 0 3 * * *',
    siteUrl: (source.SITE_URL?.trim() || serverURL).replace(/\/$/, ''),
    sitePagePaths: readSitePagePaths(source),
    // Production runs behind one load balancer or proxy unless told otherwise.
    trustProxy: readTrustProxy(source, isProduction ? 1 : false),
    delivery: {
      responseCache: readBoolean(source, 'RESPONSE_CACHE', true),
      cacheMaxAgeSeconds: readInteger(source, 'CACHE_MAX_AGE', 60, 0, 86_400),
      cacheStaleWhileRevalidateSeconds: readInteger(
        source,
        'CACHE_STALE_WHILE_REVALIDATE',
        300,
        0,
        86_400,
      ),
      cacheMaxBytes: readInteger(source, 'CACHE_MAX_MB', 64, 1, 4096) * 1024 * 1024,
      redisUrl: source.REDIS_URL?.trim() || undefined,
      rateLimitAnonymousPerMinute: readInteger(
        source,
        'RATE_LIMIT_ANON_PER_MINUTE',
        600,
        0,
        1_000_000,
      ),
      rateLimitAuthenticatedPerMinute: readInteger(
        source,
        'RATE_LIMIT_AUTH_PER_MINUTE',
        3000,
        0,
        1_000_000,
      ),
      rateLimitLoginPer15Minutes: readInteger(
        source,
        'RATE_LIMIT_LOGIN_PER_15_MIN',
        20,
        0,
        100_000,
      ),
      bodyLimitBytes: readInteger(source, 'BODY_LIMIT_KB', 1024, 1, 102_400) * 1024,
      graphqlBodyLimitBytes: readInteger(source, 'GRAPHQL_BODY_LIMIT_KB', 256, 1, 102_400) * 1024,
      graphqlIntrospection: readBoolean(source, 'GRAPHQL_INTROSPECTION', !isProduction),
      graphqlMaxDepth: readInteger(source, 'GRAPHQL_MAX_DEPTH', 10, 1, 100),
      graphqlMaxComplexity: readInteger(source, 'GRAPHQL_MAX_COMPLEXITY', 2000, 10, 1_000_000),
      graphqlPersistedQueries: readPersistedQueries(source, cwd),
      rateLimitFrontendPerMinute: readInteger(
        source,
        'RATE_LIMIT_FRONTEND_PER_MINUTE',
        20_000,
        0,
        10_000_000,
      ),
      cors: {
        allowedHeaders: readHeaderNames(
          source,
          'CORS_ALLOWED_HEADERS',
          DEFAULT_CORS_ALLOWED_HEADERS,
        ),
        exposedHeaders: readHeaderNames(
          source,
          'CORS_EXPOSED_HEADERS',
          DEFAULT_CORS_EXPOSED_HEADERS,
        ),
        maxAgeSeconds: readInteger(source, 'CORS_MAX_AGE', 600, 0, 86_400),
      },
      cdnPurge: readCdnPurge(source),
      admission: {
        // SQLite's driver runs each query on the event loop, so more than one request at a time only interleaves them.
        maxConcurrent: readInteger(
          source,
          'MAX_CONCURRENT_REQUESTS',
          database.kind === 'sqlite' ? 1 : 8,
          1,
          10_000,
        ),
        maxQueued: readInteger(source, 'MAX_QUEUED_REQUESTS', 1000, 0, 1_000_000),
      },
    },
  }
}

/**
 * For a process entry point: the settings, or undefined after saying in one line why the
 * process refuses to start (exit code 1). exitCode, not exit(): the message must reach a piped
 * stderr before the process ends.
 */
export function loadEnvOrRefuse(source: Source = process.env): AppEnv | undefined {
  try {
    return loadEnv(source)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`Refusing to start: ${error.message}`)
    process.exitCode = 1
    return undefined
  }
}
