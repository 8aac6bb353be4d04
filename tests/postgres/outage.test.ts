import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  createDatabase,
  startEmbeddedPostgres,
  type PostgresServer,
} from '../../scripts/lib/embeddedPostgres'
import { createTeam, disclosureData, type Team } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

// This file stops and restarts its own PostgreSQL server, so it never disturbs the shared one.
let postgres: PostgresServer
let server: TestServer
let team: Team

beforeAll(async () => {
  postgres = await startEmbeddedPostgres()
  const uri = await createDatabase(postgres.adminUrl, 'outage')
  server = await startTestServer({
    database: { kind: 'postgres', uri, name: 'outage', drop: async () => undefined },
  })
  team = await createTeam(server.payload, server.api)
})

afterAll(async () => {
  await server?.close()
  await postgres?.stop()
})

async function waitUntilReady(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if ((await server.api.get('/readyz')).status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('the server did not become ready again')
}

describe('a PostgreSQL outage', () => {
  it('answers 503 with JSON while the database is down, stays up, and resumes without a restart', async () => {
    const acknowledged: Array<number | string> = []
    for (const title of ['Before the outage 1', 'Before the outage 2']) {
      const response = await server.api.post('/api/risk-disclosures', disclosureData({ title }), {
        token: team.editor.token,
      })
      expect(response.status).toBe(201)
      acknowledged.push(response.body.doc.id)
    }

    await postgres.halt()

    const ready = await server.api.get('/readyz')
    expect(ready.status).toBe(503)
    expect(ready.body).toMatchObject({
      ready: false,
      database: 'postgres',
      reason: expect.stringMatching(/database unavailable/),
    })
    expect((await server.api.get('/healthz')).status).toBe(200)

    const read = await server.api.get('/api/risk-disclosures', { token: team.editor.token })
    expect(read.status).toBe(503)
    expect(read.body.errors[0]).toMatchObject({ data: { rule: 'database-unavailable' } })
    const write = await server.api.post(
      '/api/risk-disclosures',
      disclosureData({ title: 'During the outage' }),
      { token: team.editor.token },
    )
    expect(write.status).toBe(503)
    const anonymous = await server.api.get('/api/articles')
    expect(anonymous.status).toBe(503)
    const graphql = await server.api.graphql('{ RiskDisclosures { docs { title } } }', undefined, {
      token: team.editor.token,
    })
    // GraphQL over HTTP: the operation ran (and failed), so 200 with the refusal in errors, not a 5xx.
    expect(graphql.status).toBe(200)
    expect(graphql.body.errors?.[0].extensions).toMatchObject({
      code: 'unavailable',
      statusCode: 503,
      data: { rule: 'database-unavailable' },
    })
    expect(read.body.errors[0]).toMatchObject({ code: 'unavailable', rule: 'database-unavailable' })
    expect(JSON.stringify([read.body, write.body, graphql.body])).not.toMatch(
      /ECONNREFUSED|at \w+ \(|postgres:\/\//,
    )

    await postgres.restart()
    await waitUntilReady(30_000)

    const after = await server.api.get('/api/risk-disclosures?limit=50&draft=true', {
      token: team.editor.token,
    })
    expect(after.status).toBe(200)
    const titles = after.body.docs.map((doc: { title: string }) => doc.title)
    expect(titles).toEqual(expect.arrayContaining(['Before the outage 1', 'Before the outage 2']))
    expect(titles).not.toContain('During the outage')
    for (const id of acknowledged)
      expect(
        (
          await server.api.get(`/api/risk-disclosures/${id}?draft=true`, {
            token: team.editor.token,
          })
        ).status,
      ).toBe(200)
    const again = await server.api.post(
      '/api/risk-disclosures',
      disclosureData({ title: 'After the outage' }),
      { token: team.editor.token },
    )
    expect(again.status).toBe(201)
  })
})
