import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dropDatabase } from '../../scripts/lib/embeddedPostgres'
import { inject } from 'vitest'
import { startTestServer, type TestServer } from '../helpers/server'

let server: TestServer
const ADMIN = { email: 'first@example.com', password: 'a long admin password', name: 'First Admin' }

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.close()
})

describe('foundation', () => {
  it('answers liveness without touching the database', async () => {
    const response = await server.api.get('/healthz')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok' })
  })

  it('reports ready when the database answers', async () => {
    const response = await server.api.get('/readyz')
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ ready: true, database: server.database.kind })
  })

  it('echoes a caller request id and makes one when none is sent', async () => {
    const echoed = await server.api.get('/api/users/me', {
      headers: { 'x-request-id': 'trace-123' },
    })
    expect(echoed.headers.get('x-request-id')).toBe('trace-123')
    const generated = await server.api.get('/api/users/me', {
      headers: { 'x-request-id': 'bad id with spaces' },
    })
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('answers GraphQL and REST', async () => {
    const graphql = await server.api.graphql('{ __typename }')
    expect(graphql.status).toBe(200)
    expect(graphql.body).toEqual({ data: { __typename: 'Query' } })

    const rest = await server.api.get('/api/media')
    expect(rest.status).toBe(200)
    expect(rest.body).toMatchObject({ docs: [], totalDocs: 0 })
  })

  it('makes the first registered user an admin, whatever roles they ask for', async () => {
    const response = await server.api.post('/api/users/first-register', {
      ...ADMIN,
      roles: ['author'],
    })
    expect(response.status).toBe(200)
    expect(response.body.user.roles).toEqual(['admin'])

    const again = await server.api.post('/api/users/first-register', {
      email: 'second@example.com',
      password: 'another long password',
      name: 'Second',
    })
    expect(again.status).toBe(403)
  })

  it('refuses a user raising their own role, and changes nothing', async () => {
    const adminToken = await server.api.login(ADMIN.email, ADMIN.password)
    const created = await server.api.post(
      '/api/users',
      {
        email: 'author@example.com',
        password: 'an author password',
        name: 'Author',
        roles: ['author'],
      },
      { token: adminToken },
    )
    expect(created.status).toBe(201)
    const authorId = created.body.doc.id
    const authorToken = await server.api.login('author@example.com', 'an author password')

    const rest = await server.api.patch(
      `/api/users/${authorId}`,
      { roles: ['admin'] },
      { token: authorToken },
    )
    expect(rest.status).toBe(403)
    expect(rest.body.errors[0].message).toMatch(/Only an admin can change roles/)
    expect(rest.body.errors[0].data).toMatchObject({ rule: 'admin-only-field', field: 'roles' })

    const graphql = await server.api.graphql(
      'mutation ($id: Int!) { updateUser(id: $id, data: { roles: [admin] }) { roles } }',
      { id: authorId },
      { token: authorToken },
    )
    expect(graphql.body.errors?.[0].message).toMatch(/Only an admin can change roles/)
    expect(graphql.body.errors?.[0].extensions).toMatchObject({
      statusCode: 403,
      data: { field: 'roles' },
    })

    const stored = await server.payload.findByID({
      collection: 'users',
      id: authorId,
      overrideAccess: true,
    })
    expect(stored.roles).toEqual(['author'])

    // Saving one's own profile with the roles unchanged is fine; the public name is the admin's to set.
    const own = await server.api.patch(
      `/api/users/${authorId}`,
      { bio: 'Writes about aftercare.', roles: ['author'] },
      { token: authorToken },
    )
    expect(own.status).toBe(200)
    expect(own.body.doc.bio).toBe('Writes about aftercare.')
  })

  it('rejects a short password with a message naming the field', async () => {
    const adminToken = await server.api.login(ADMIN.email, ADMIN.password)
    const response = await server.api.post(
      '/api/users',
      { email: 'short@example.com', password: 'short', name: 'Short' },
      { token: adminToken },
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'password' })
    expect(response.body.errors[0].data.errors[0].message).toMatch(/at least 12 characters/)
    const { totalDocs } = await server.payload.count({
      collection: 'users',
      where: { email: { equals: 'short@example.com' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('turns not-ready when the database goes away, and says why', async () => {
    if (server.database.kind === 'sqlite') {
      fs.rmSync(server.database.name)
    } else {
      await dropDatabase(inject('postgresAdminUrl'), server.database.name)
    }
    const response = await server.api.get('/readyz')
    expect(response.status).toBe(503)
    expect(response.body).toMatchObject({ ready: false, database: server.database.kind })
    expect(response.body.reason).toMatch(/database unavailable/)

    const live = await server.api.get('/healthz')
    expect(live.status).toBe(200)
  })
})
