import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { READ_MODEL, READ_MODEL_COLLECTIONS } from '../../src/readModel/coverage'
import { seedDemoContent } from '../../src/seed'
import { checkReadModel, payloadAnswer } from '../helpers/readModel'
import { startTestServer, type TestServer } from '../helpers/server'

let server: TestServer
type Doc = Record<string, any>
const published: Record<string, Doc[]> = {}

beforeAll(async () => {
  server = await startTestServer()
  await seedDemoContent(server.payload, { printPasswords: false })
  for (const collection of READ_MODEL_COLLECTIONS) {
    const { docs } = await server.payload.find({ collection, where: { _status: { equals: 'published' } }, depth: 0, pagination: false, overrideAccess: true })
    published[collection] = docs as Doc[]
  }
}, 300_000)

afterAll(async () => {
  await server?.close()
})

/** The server's answer (asserted to come from the read model) and Payload's own, side by side. */
async function compare(path: string) {
  const response = await fetch(`${server.url}${path}`)
  const body = await response.text()
  const payload = await payloadAnswer(server.payload, path)
  return { response, body, payload }
}

describe('the published read model answers as Payload does', () => {
  it('holds a snapshot of every published demo document that equals Payload’s answer', async () => {
    const report = await checkReadModel(server.payload)
    expect(report.violations).toEqual([])
    expect(report.checked).toBeGreaterThan(20)
  })

  it('answers reads by id and by slug byte for byte, in every locale and spelling', async () => {
    let compared = 0
    for (const collection of READ_MODEL_COLLECTIONS) {
      for (const doc of published[collection]) {
        const paths = [`/api/${collection}/${doc.id}`, `/api/${collection}/${doc.id}?depth=2`, `/api/${collection}/${doc.id}?locale=es`, `/api/${collection}/${doc.id}?locale=en&depth=2`]
        paths.push(`/api/${collection}?where[slug][equals]=${doc.slug}&depth=2&limit=1`, `/api/${collection}?where[slug][equals]=${doc.slug}&locale=es`)
        for (const path of paths) {
          const { response, body, payload } = await compare(path)
          expect(response.headers.get('x-read-model'), path).toBe('HIT')
          expect(body, path).toBe(payload.body)
          compared += 1
        }
      }
    }
    expect(compared).toBeGreaterThan(50)
  })

  it('answers the common lists byte for byte: by condition, by treatment, newest first, paginated, cards', async () => {
    const conditions = (await server.payload.find({ collection: 'conditions', pagination: false, depth: 0, overrideAccess: true })).docs
    const treatments = published['treatment-options']
    const card = Object.entries(READ_MODEL.articles.shapes.card.select ?? []).map(([, field]) => `&select[${field}]=true`).join('')
    const paths: string[] = ['/api/articles', '/api/articles?sort=-publishedAt&limit=2&page=2', '/api/treatment-options?locale=es', '/api/risk-disclosures?limit=3&page=2']
    for (const condition of conditions) {
      paths.push(`/api/articles?where[conditions][in]=${condition.id}&sort=-publishedAt&limit=2`)
      paths.push(`/api/articles?where[conditions][in]=${condition.id}&sort=-publishedAt&limit=20&page=1&depth=1${card}`)
      paths.push(`/api/treatment-options?where[conditions][equals]=${condition.id}&locale=es`)
    }
    for (const treatment of treatments) paths.push(`/api/articles?where[treatments][in]=${treatment.id}&locale=es&sort=-publishedAt`)
    let fromModel = 0
    for (const path of paths) {
      const { response, body, payload } = await compare(path)
      expect(body, path).toBe(payload.body)
      if (response.headers.get('x-read-model') === 'HIT') fromModel += 1
      // Only empty pages go to Payload.
      else expect(JSON.parse(body).docs, path).toEqual([])
    }
    expect(fromModel).toBeGreaterThan(paths.length / 2)
  })
})
