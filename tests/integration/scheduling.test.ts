import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { schedulePublishWithSignOff } from '../../src/components/admin/schedulePublishFunction'
import { approveDocument, createTeam, disclosureData, type Team } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

/**
 * Scheduled publishing of medical content: refused when it is scheduled, with the reasons
 * publishing would give (the admin's `schedule-publish` server function, called as the admin
 * calls it), checked again when the job runs, and a refusal then is emailed to whoever
 * scheduled it.
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

async function requestAs(actor: { id: number | string }) {
  const user = await server.payload.findByID({
    collection: 'users',
    id: actor.id,
    overrideAccess: true,
  })
  return createLocalReq({ user: { ...user, collection: 'users' } as never }, server.payload)
}

const scheduledJobs = async () =>
  (
    await server.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
      pagination: false,
    })
  ).docs

async function createDisclosure(title: string): Promise<number | string> {
  const created = await server.api.post('/api/risk-disclosures', disclosureData({ title }), {
    token: team.author.token,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id
}

describe('scheduled publishing', () => {
  it('is refused when scheduled for a draft that could not be published now, with the same reasons', async () => {
    const id = await createDisclosure('Scheduled before approval')
    const jobsBefore = (await scheduledJobs()).length
    const answer = await schedulePublishWithSignOff({
      type: 'publish',
      date: new Date(Date.now() + 3600_000),
      doc: { relationTo: 'risk-disclosures', value: String(id) },
      req: await requestAs(team.editor),
    } as never)
    expect(answer).toMatchObject({
      error: expect.stringContaining('This publication cannot be scheduled.'),
    })
    expect((answer as { error: string }).error).toContain(
      'No medical reviewer has approved this document yet.',
    )
    expect(await scheduledJobs()).toHaveLength(jobsBefore)

    // Approved, it may be scheduled.
    await approveDocument(server.api, 'risk-disclosures', id, team.author, team.reviewer)
    const jobsAfterApproval = (await scheduledJobs()).length
    const byEditor = await schedulePublishWithSignOff({
      type: 'publish',
      date: new Date(Date.now() + 3600_000),
      doc: { relationTo: 'risk-disclosures', value: String(id) },
      req: await requestAs(team.editor),
    } as never)
    expect(byEditor).not.toHaveProperty('error')
    expect(await scheduledJobs()).toHaveLength(jobsAfterApproval + 1)
  })

  it('is checked again when it runs: a change after scheduling voids it, and the scheduler is told why', async () => {
    const id = await createDisclosure('Changed after scheduling')
    await approveDocument(server.api, 'risk-disclosures', id, team.author, team.reviewer)
    const scheduled = await schedulePublishWithSignOff({
      type: 'publish',
      date: new Date(Date.now() - 1000),
      doc: { relationTo: 'risk-disclosures', value: String(id) },
      req: await requestAs(team.editor),
    } as never)
    expect(scheduled).not.toHaveProperty('error')
    const changed = await server.api.patch(
      `/api/risk-disclosures/${id}?draft=true`,
      { mitigation: 'Changed after it was scheduled.' },
      { token: team.author.token },
    )
    expect(changed.status).toBe(200)

    server.mail.clear()
    await server.payload.jobs.run({ queue: 'default' })
    const job = (await scheduledJobs()).find(
      (candidate) => (candidate.input as { doc?: { value: string } }).doc?.value === String(id),
    )
    expect(job?.hasError).toBe(true)
    expect((await server.api.get(`/api/risk-disclosures/${id}`)).status).toBe(404)
    const mail = await server.mail.waitFor(
      (message) =>
        message.to.includes(team.editor.email) &&
        message.subject.startsWith('Scheduled publication refused'),
    )
    expect(mail.text).toContain('This draft is not approved')
    expect(mail.text).toContain(`/admin/collections/risk-disclosures/${id}`)
  })
})
