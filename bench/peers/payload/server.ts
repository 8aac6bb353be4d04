/**
 * Stock Payload for the benchmark's peer comparison: Payload's own GraphQL route handler
 * (`GRAPHQL_POST` from @payloadcms/next) on a plain Node HTTP server, PostgreSQL, and a schema
 * holding the sixty-relationship document with no hooks, access rules or plugins of this
 * project. Run by bench/peers/run.ts from this directory, so `payload` is this folder's own.
 *
 * Environment: DATABASE_URI, PAYLOAD_SECRET, PORT, HOST, MEDIA_DIR. `--seed` (with
 * NODE_ENV=development, so that Payload pushes its schema) stores SHAPE_FILE's document (see
 * ../shape.ts) into the empty database and exits; without it, the server serves in production mode.
 */
import fs from 'node:fs'
import http from 'node:http'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload, type CollectionConfig, type Field } from 'payload'

const env = (name: string): string => {
  const value = process.env[name]
  if (!value) throw new Error(`the Payload peer needs ${name}`)
  return value
}

const publicRead = { read: () => true }
const text = (name: string, localized = false): Field => ({ name, type: 'text', localized })
const textarea = (name: string): Field => ({ name, type: 'textarea', localized: true })
const links = (name: string, relationTo: string): Field => ({
  name,
  type: 'relationship',
  relationTo: relationTo as never,
  hasMany: true,
})
const referencesField: Field = {
  name: 'references',
  type: 'array',
  fields: ['title', 'url', 'publisher', 'doi', 'pmid']
    .map((name) => text(name))
    .concat({ name: 'year', type: 'number' }),
}

const collections: CollectionConfig[] = [
  {
    slug: 'media',
    access: publicRead,
    upload: { staticDir: env('MEDIA_DIR') },
    fields: [text('alt', true)],
  },
  {
    slug: 'conditions',
    access: publicRead,
    fields: [
      text('name', true),
      text('slug'),
      { name: 'icd10', type: 'text', hasMany: true },
      textarea('description'),
    ],
  },
  {
    slug: 'risk-disclosures',
    access: publicRead,
    fields: [
      text('title', true),
      text('slug'),
      text('severity'),
      textarea('frequency'),
      { name: 'description', type: 'richText', localized: true },
      textarea('mitigation'),
      referencesField,
      { name: 'effectiveDate', type: 'date' },
    ],
  },
  {
    slug: 'treatment-options',
    access: publicRead,
    fields: [
      text('name', true),
      text('slug'),
      text('route'),
      text('regulatoryStatus'),
      textarea('summary'),
      { name: 'description', type: 'richText', localized: true },
      textarea('approvedIndications'),
      {
        name: 'protocol',
        type: 'group',
        fields: [
          { name: 'typicalSessions', type: 'number' },
          { name: 'sessionMinutes', type: 'number' },
          { name: 'monitoringMinutes', type: 'number' },
          textarea('dosingNote'),
        ],
      },
      textarea('onset'),
      links('conditions', 'conditions'),
      links('riskDisclosures', 'risk-disclosures'),
      { name: 'contraindications', type: 'text', hasMany: true, localized: true },
      {
        name: 'cost',
        type: 'group',
        fields: [
          { name: 'minUsd', type: 'number' },
          { name: 'maxUsd', type: 'number' },
          textarea('insuranceNote'),
        ],
      },
      referencesField,
    ],
  },
  {
    slug: 'clinic-locations',
    access: publicRead,
    fields: [
      text('name', true),
      text('slug'),
      {
        name: 'address',
        type: 'group',
        fields: ['street', 'city', 'state', 'postalCode', 'country'].map((name) => text(name)),
      },
      {
        name: 'location',
        type: 'group',
        fields: [
          { name: 'lat', type: 'number' },
          { name: 'lng', type: 'number' },
        ],
      },
      text('phone'),
      text('email'),
      text('bookingUrl'),
      text('timezone'),
      { name: 'hours', type: 'array', fields: [text('day'), text('opens'), text('closes')] },
      links('treatmentsOffered', 'treatment-options'),
      links('conditionsTreated', 'conditions'),
      { name: 'languages', type: 'text', hasMany: true },
      textarea('insuranceNote'),
      textarea('accessibilityNote'),
    ],
  },
  {
    slug: 'articles',
    access: publicRead,
    fields: [
      text('title', true),
      text('slug'),
      textarea('summary'),
      { name: 'body', type: 'richText', localized: true },
      { name: 'heroImage', type: 'upload', relationTo: 'media' },
      links('conditions', 'conditions'),
      links('treatments', 'treatment-options'),
      links('clinics', 'clinic-locations'),
      // Stock Payload has no fair-balance hook: the article stores its treatments' risks.
      links('riskDisclosures', 'risk-disclosures'),
      referencesField,
      {
        name: 'seo',
        type: 'group',
        fields: [
          text('metaTitle', true),
          textarea('metaDescription'),
          { name: 'image', type: 'upload', relationTo: 'media' },
        ],
      },
      { name: 'publishedAt', type: 'date' },
    ],
  },
]

const config = buildConfig({
  secret: env('PAYLOAD_SECRET'),
  telemetry: false,
  db: postgresAdapter({ pool: { connectionString: env('DATABASE_URI') } }),
  editor: lexicalEditor(),
  localization: { locales: ['en', 'es'], defaultLocale: 'en', fallback: true },
  collections,
})

type Localized = { en: unknown; es: unknown }
type Data = Record<string, unknown>

/** `{ en, es }` pairs anywhere in `value` become one locale's value. */
function inLocale(value: unknown, locale: 'en' | 'es'): unknown {
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale))
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
    if (keys.length === 2 && 'en' in value && 'es' in value) return (value as Localized)[locale]
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, inLocale(item, locale)]),
    )
  }
  return value
}

/** A 1×1 PNG: the peer stores no image sizes (no sharp), so the picture itself does not matter. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

/** Stores the document of ../shape.ts through the Local API, English first, then Spanish. */
async function seed(): Promise<void> {
  const payload = await getPayload({ config })
  if ((await payload.count({ collection: 'articles' })).totalDocs > 0) return
  const shape = JSON.parse(fs.readFileSync(env('SHAPE_FILE'), 'utf8'))
  const store = async (collection: string, data: Data, file?: Data) => {
    const doc = (await payload.create({
      collection: collection as never,
      data: inLocale(data, 'en') as never,
      locale: 'en',
      ...(file ? { file: file as never } : {}),
    })) as { id: number }
    await payload.update({
      collection: collection as never,
      id: doc.id,
      data: inLocale(data, 'es') as never,
      locale: 'es',
    })
    return doc.id as number
  }
  const media: number[] = []
  for (const [index, item] of shape.media.entries())
    media.push(
      await store(
        'media',
        { alt: item.alt },
        { data: PIXEL, mimetype: 'image/png', name: `peer-${index + 1}.png`, size: PIXEL.length },
      ),
    )
  const conditions: number[] = []
  for (const data of shape.conditions) conditions.push(await store('conditions', data))
  const disclosures: number[] = []
  for (const data of shape.disclosures) disclosures.push(await store('risk-disclosures', data))
  const treatments: number[] = []
  for (const { data, disclosures: linked } of shape.treatments)
    treatments.push(
      await store('treatment-options', {
        ...data,
        conditions: conditions.slice(0, 3),
        riskDisclosures: linked.map((index: number) => disclosures[index]),
      }),
    )
  const clinics: number[] = []
  for (const data of shape.clinics)
    clinics.push(
      await store('clinic-locations', {
        ...data,
        treatmentsOffered: treatments.slice(0, 4),
        conditionsTreated: conditions.slice(0, 4),
      }),
    )
  const withMedia = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(withMedia)
    if (!node || typeof node !== 'object') return node
    const entries = Object.entries(node).map(([key, value]) => [
      key,
      key === 'value' && (node as Data).type === 'upload'
        ? media[value as number]
        : withMedia(value),
    ])
    return Object.fromEntries(entries)
  }
  const { article } = shape
  await store('articles', {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    body: { en: withMedia(article.body.en), es: withMedia(article.body.es) },
    heroImage: media[article.heroImage],
    conditions,
    treatments,
    clinics,
    riskDisclosures: [
      ...new Set(
        shape.treatments.flatMap((treatment: { disclosures: number[] }) => treatment.disclosures),
      ),
    ].map((index) => disclosures[index as number]),
    references: article.references,
    seo: { metaTitle: article.seo.metaTitle, image: media[article.seoImage] },
    publishedAt: new Date().toISOString(),
  })
}

async function main(): Promise<void> {
  if (process.argv.includes('--seed')) {
    await seed()
    process.exit(0)
  }
  const graphql = GRAPHQL_POST(config)
  const server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      void (async () => {
        if (incoming.url === '/healthz') {
          outgoing.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}')
          return
        }
        const headers = new Headers()
        for (const [name, value] of Object.entries(incoming.headers))
          if (typeof value === 'string') headers.set(name, value)
        const request = new Request(
          `http://${incoming.headers.host ?? 'localhost'}${incoming.url}`,
          {
            method: incoming.method,
            headers,
            body: incoming.method === 'POST' ? Buffer.concat(chunks) : undefined,
          },
        )
        const response = await graphql(request)
        outgoing.writeHead(response.status, Object.fromEntries(response.headers))
        outgoing.end(Buffer.from(await response.arrayBuffer()))
      })().catch((error: Error) => {
        outgoing.writeHead(500, { 'content-type': 'text/plain' }).end(error.message)
      })
    })
  })
  server.listen(Number(env('PORT')), process.env.HOST ?? '127.0.0.1')
  process.on('SIGTERM', () => server.close(() => process.exit(0)))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
