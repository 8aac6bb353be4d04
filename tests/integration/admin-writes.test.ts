import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { articleData, createTeam, type Team } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

/**
 * The writes the admin UI makes on its own, as it makes them: preferences (columns, sort, nav
 * groups) through `POST /api/payload-preferences/:key`, and document locks through the
 * locked-documents collection, several at once and beside ordinary reads and saves. On SQLite a
 * preference save used to wait on itself for the write gate's 15 s and answer 503.
 */

let server: TestServer
let team: Team

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server.payload, server.api)
})

afterAll(async () => {
  await server?.close()
})

const api = () => server.api

async function storedPreference(key: string, userId: number | string) {
  const { docs } = await server.payload.find({
    collection: 'payload-preferences',
    where: { and: [{ key: { equals: key } }, { 'user.value': { equals: userId } }] },
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

describe("the admin's own writes", () => {
  it('saves preferences, new and changed, while other requests are in flight, without a 503', async () => {
    const created = await api().post(
      '/api/articles',
      articleData({ title: 'Preferences beside a save' }),
      { token: team.editor.token },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number

    const keys = ['articles-list', 'treatment-options-list', 'nav', 'risk-disclosures-list']
    const requests = [
      ...keys.map((key) =>
        api().post(
          `/api/payload-preferences/${key}`,
          { value: { columns: [{ accessor: 'title', active: true }] } },
          { token: team.editor.token },
        ),
      ),
      api().get('/api/users/me', { token: team.editor.token }),
      api().patch(
        `/api/articles/${id}?draft=true`,
        { title: 'Preferences beside a save, renamed' },
        { token: team.editor.token },
      ),
      ...keys.map((key) =>
        api().post(
          `/api/payload-preferences/${key}`,
          { value: { sort: '-updatedAt' } },
          { token: team.author.token },
        ),
      ),
    ]
    const responses = await Promise.all(requests)
    for (const response of responses)
      expect(response.status, JSON.stringify(response.body)).toBe(200)

    // A second save of the same key updates it in place (the upsert's update path).
    const changed = await api().post(
      '/api/payload-preferences/articles-list',
      { value: { sort: 'title' } },
      { token: team.editor.token },
    )
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    const stored = await storedPreference('articles-list', team.editor.id)
    expect(stored).toHaveLength(1)
    expect(stored[0].value).toEqual({ sort: 'title' })
    expect(
      (await api().get('/api/payload-preferences/articles-list', { token: team.editor.token })).body
        .value,
    ).toEqual({ sort: 'title' })
    expect(await storedPreference('articles-list', team.author.id)).toHaveLength(1)

    const removed = await api().delete('/api/payload-preferences/nav', { token: team.author.token })
    expect(removed.status).toBe(200)
    expect(await storedPreference('nav', team.author.id)).toHaveLength(0)
  })

  it('takes and releases document locks beside preference saves', async () => {
    const created = await api().post(
      '/api/articles',
      articleData({ title: 'Locked while edited' }),
      { token: team.author.token },
    )
    const id = created.body.doc.id as number
    const [lock, preference] = await Promise.all([
      api().post(
        '/api/payload-locked-documents',
        {
          document: { relationTo: 'articles', value: id },
          user: { relationTo: 'users', value: team.author.id },
        },
        { token: team.author.token },
      ),
      api().post(
        '/api/payload-preferences/articles-list',
        { value: { limit: 25 } },
        { token: team.author.token },
      ),
    ])
    expect(lock.status, JSON.stringify(lock.body)).toBe(201)
    expect(preference.status, JSON.stringify(preference.body)).toBe(200)
    const released = await api().delete(`/api/payload-locked-documents/${lock.body.doc.id}`, {
      token: team.author.token,
    })
    expect(released.status).toBe(200)
  })
})
