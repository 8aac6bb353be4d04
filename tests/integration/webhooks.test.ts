import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { verifyWebhookSignature } from '../../src/delivery/webhookSignature'
import { createTeam, disclosureData, publishApproved, type Team } from '../helpers/fixtures'
import { startReceiver, type Receiver } from '../helpers/receiver'
import { startTestServer, type TestServer } from '../helpers/server'

let server: TestServer
let team: Team
let receiver: Receiver
const SECRET = 'a-shared-secret-for-the-frontend'

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server.payload, server.api)
  receiver = await startReceiver()
})

afterAll(async () => {
  await server?.close()
  await receiver?.close()
})

/** Runs the webhook queue until nothing is left to do now, waiting out backoff delays up to `maxMs`. */
async function drainWebhooks(maxMs = 15_000) {
  const deadline = Date.now() + maxMs
  for (;;) {
    await server.payload.jobs.run({ queue: 'webhooks' })
    const { totalDocs } = await server.payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { queue: { equals: 'webhooks' } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
    })
    if (totalDocs === 0 || Date.now() > deadline) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

async function createWebhook(data: Record<string, unknown>) {
  const response = await server.api.post(
    '/api/webhooks',
    {
      name: 'Website revalidation',
      url: receiver.url,
      events: ['publish', 'unpublish', 'delete'],
      collections: ['risk-disclosures', 'clinic-locations'],
      secret: SECRET,
      ...data,
    },
    { token: team.admin.token },
  )
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc
}

describe('webhooks', () => {
  it('are admin-only and never show their secret', async () => {
    const webhook = await createWebhook({ active: false })
    expect(webhook.secret).toBeUndefined()
    const read = await server.api.get(`/api/webhooks/${webhook.id}`, { token: team.admin.token })
    expect(read.status).toBe(200)
    expect(read.body.secret).toBeUndefined()
    expect(JSON.stringify(read.body)).not.toContain(SECRET)
    for (const actor of [team.editor, team.author, team.reviewer]) {
      expect((await server.api.get('/api/webhooks', { token: actor.token })).status).toBe(403)
    }
    expect((await server.api.get('/api/webhooks')).status).toBe(403)
    const invalid = await server.api.post(
      '/api/webhooks',
      {
        name: 'x',
        url: 'ftp://example.com',
        events: ['publish'],
        collections: ['articles'],
        secret: 'short',
      },
      { token: team.admin.token },
    )
    expect(invalid.status).toBe(400)
    expect(
      invalid.body.errors[0].data.errors.map((error: { path: string }) => error.path).sort(),
    ).toEqual(['secret', 'url'])
    await server.api.delete(`/api/webhooks/${webhook.id}`, { token: team.admin.token })
  })

  it('POST a signed event on publish, retry with backoff after failures, and log every attempt', async () => {
    const webhook = await createWebhook({})
    receiver.received.length = 0
    receiver.respondWith([500, 503])
    const id = await publishApproved(
      server.api,
      team,
      'risk-disclosures',
      disclosureData({ title: 'Nausea' }),
    )
    await drainWebhooks()

    const publishes = receiver.received.filter(
      (request) => JSON.parse(request.body).event === 'publish',
    )
    expect(publishes.map((request) => request.status)).toEqual([500, 503, 200])
    const body = JSON.parse(publishes[2].body)
    expect(body).toMatchObject({
      event: 'publish',
      collection: 'risk-disclosures',
      documentId: String(id),
      id: expect.any(String),
    })
    // The same delivery id on every attempt, so the receiver can ignore repeats.
    expect(new Set(publishes.map((request) => JSON.parse(request.body).id)).size).toBe(1)
    for (const request of publishes) {
      const header = request.headers['x-cms-signature'] as string
      expect(
        verifyWebhookSignature(SECRET, request.body, header, 300, Math.floor(Date.now() / 1000)),
      ).toBe(true)
      expect(
        verifyWebhookSignature(
          'the-wrong-secret-entirely',
          request.body,
          header,
          300,
          Math.floor(Date.now() / 1000),
        ),
      ).toBe(false)
      expect(
        verifyWebhookSignature(
          SECRET,
          `${request.body} `,
          header,
          300,
          Math.floor(Date.now() / 1000),
        ),
      ).toBe(false)
      expect(request.headers['x-cms-event']).toBe('publish')
    }

    const { docs: attempts } = await server.payload.find({
      collection: 'webhook-deliveries',
      where: { deliveryId: { equals: body.id } },
      sort: 'attempt',
      overrideAccess: true,
    })
    expect(attempts.map((attempt) => [attempt.attempt, attempt.status, attempt.ok])).toEqual([
      [1, 500, false],
      [2, 503, false],
      [3, 200, true],
    ])
    expect(attempts[0].error).toBe('receiver answered 500')
    expect(attempts.every((attempt) => typeof attempt.durationMs === 'number')).toBe(true)
    const logged = await server.api.get(
      `/api/webhook-deliveries?where[deliveryId][equals]=${body.id}`,
      { token: team.admin.token },
    )
    expect(logged.body.totalDocs).toBe(3)
    expect(
      (await server.api.get('/api/webhook-deliveries', { token: team.editor.token })).status,
    ).toBe(403)

    await server.api.delete(`/api/webhooks/${webhook.id}`, { token: team.admin.token })
  })

  it('send unpublish and delete events, and only for the collections and events asked for', async () => {
    const webhook = await createWebhook({
      events: ['unpublish', 'delete'],
      collections: ['clinic-locations'],
    })
    receiver.received.length = 0
    const clinic = await server.api.post(
      '/api/clinic-locations',
      {
        name: 'Clinic',
        address: {
          street: '1 A St',
          city: 'San Diego',
          state: 'CA',
          postalCode: '92101',
          country: 'US',
        },
        location: { lat: 32.7, lng: -117.1 },
        _status: 'published',
      },
      { token: team.editor.token },
    )
    const id = clinic.body.doc.id
    await server.api.patch(
      `/api/clinic-locations/${id}?draft=true`,
      { phone: '+16195550100' },
      { token: team.editor.token },
    )
    await server.api.patch(
      `/api/clinic-locations/${id}`,
      { _status: 'draft' },
      { token: team.editor.token },
    )
    const deleted = await server.api.delete(`/api/clinic-locations/${id}`, {
      token: team.editor.token,
    })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    await publishApproved(
      server.api,
      team,
      'risk-disclosures',
      disclosureData({ title: 'Dizziness' }),
    )
    await drainWebhooks()
    // Deliveries run in parallel, so their order is not guaranteed; receivers order by occurredAt.
    expect(
      receiver.received
        .map(
          (request) => `${JSON.parse(request.body).event}:${JSON.parse(request.body).collection}`,
        )
        .sort(),
    ).toEqual(['delete:clinic-locations', 'unpublish:clinic-locations'])
    await server.api.delete(`/api/webhooks/${webhook.id}`, { token: team.admin.token })
  })
})
