import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  articleData,
  createTeam,
  disclosureData,
  publishApproved,
  type Team,
} from '../helpers/fixtures'
import { fingerprint } from '../helpers/fingerprint'
import { startTestServer, type TestServer } from '../helpers/server'
import {
  latestDraft,
  problemFields,
  problemRules,
  runDailyJob,
  setOnLatestVersion,
  storedHash,
  submit,
} from '../helpers/workflow'

/**
 * Assignment and due dates: a submission names a reviewer who could decide it, or leaves it
 * to the pool; a reviewer claims from the pool; an editor reassigns; the assignee alone
 * decides; every change is a review record; queues, the inbox and reminders follow.
 */

let server: TestServer
let team: Team
const DUE_DAYS = 5
const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  server = await startTestServer({ env: { REVIEW_DUE_DAYS: String(DUE_DAYS) } })
  team = await createTeam(server.payload, server.api)
})

afterAll(async () => {
  await server?.close()
})

const api = () => server.api

async function draft(collection: string, data: Record<string, unknown>, token = team.editor.token) {
  const response = await api().post(`/api/${collection}`, data, { token })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as number
}

async function records(collection: string, id: number | string) {
  const { docs } = await server.payload.find({
    collection: 'review-records',
    where: {
      and: [{ targetCollection: { equals: collection } }, { documentId: { equals: String(id) } }],
    },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

describe('naming a reviewer at submission', () => {
  it('assigns a qualified reviewer, due in REVIEW_DUE_DAYS, records it and emails only them', async () => {
    const id = await draft('articles', articleData({ title: 'Named reviewer' }), team.author.token)
    server.mail.clear()
    const before = Date.now()
    const body = await submit(api(), 'articles', id, team.author.token, {
      reviewer: team.reviewer2.id,
      note: 'For Dr. Ortiz',
    })
    expect(body).toMatchObject({
      reviewStatus: 'in-review',
      assignedReviewer: String(team.reviewer2.id),
    })
    const due = new Date(body.reviewDueAt).getTime()
    expect(due - before).toBeGreaterThanOrEqual(DUE_DAYS * DAY - 1000)
    expect(due - Date.now()).toBeLessThanOrEqual(DUE_DAYS * DAY)

    const stored = await latestDraft(server.payload, 'articles', id)
    expect(stored).toMatchObject({
      assignedReviewer: team.reviewer2.id,
      submittedBy: team.author.id,
      reviewDueAt: body.reviewDueAt,
    })
    const [record] = await records('articles', id)
    expect(record).toMatchObject({
      action: 'submit',
      assignee: team.reviewer2.id,
      dueAt: body.reviewDueAt,
    })

    const mail = await server.mail.waitFor(
      (m) => m.subject === 'Review assigned to you: Named reviewer',
    )
    expect(mail.to).toEqual([team.reviewer2.email])
    expect(mail.text).toContain(`/admin/collections/articles/${id}`)
    expect(mail.text).toContain('For Dr. Ortiz')
    expect(
      server.mail.messages.filter((m) => m.subject.includes('Named reviewer')).map((m) => m.to[0]),
    ).toEqual([team.reviewer2.email])
  })

  it('accepts a due date, and the same over GraphQL', async () => {
    const id = await draft('risk-disclosures', disclosureData({ title: 'GraphQL named' }))
    const dueAt = new Date(Date.now() + 2 * DAY).toISOString()
    const response = await api().graphql(
      'mutation ($id: ID!, $reviewer: ID, $dueAt: String) { submitForReview(collection: risk_disclosures, id: $id, reviewer: $reviewer, dueAt: $dueAt) { reviewStatus assignedReviewer reviewDueAt } }',
      { id: String(id), reviewer: String(team.reviewer.id), dueAt },
      { token: team.editor.token },
    )
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.submitForReview).toEqual({
      reviewStatus: 'in_review',
      assignedReviewer: String(team.reviewer.id),
      reviewDueAt: dueAt,
    })
  })

  it('refuses a reviewer who could not decide it, and bad input, naming the field, changing nothing', async () => {
    const id = await draft(
      'articles',
      articleData({ title: 'Refused names', authors: [team.author.id, team.reviewer2.id] }),
    )
    const before = await fingerprint(server.payload)
    const cases: Array<[unknown, number, string]> = [
      [team.expiredReviewer.id, 422, 'reviewer-license'],
      [team.reviewer2.id, 422, 'reviewer-is-contributor'],
      [team.editor.id, 422, 'reviewer-role'],
      [999999, 422, 'reviewer-missing'],
    ]
    for (const [reviewer, status, rule] of cases) {
      const response = await api().post(
        `/api/articles/${id}/submit-for-review`,
        { reviewer },
        { token: team.editor.token },
      )
      expect(response.status, `${reviewer}: ${JSON.stringify(response.body)}`).toBe(status)
      expect(problemRules(response.body)).toContain(rule)
      expect(problemFields(response.body)).toContain('reviewer')
    }
    for (const [body, field] of [
      [{ reviewer: { id: 1 } }, 'reviewer'],
      [{ dueAt: 'next tuesday' }, 'dueAt'],
      [{ dueAt: new Date(Date.now() - DAY).toISOString() }, 'dueAt'],
      [{ dueAt: new Date(Date.now() + 200 * DAY).toISOString() }, 'dueAt'],
    ] as const) {
      const response = await api().post(`/api/articles/${id}/submit-for-review`, body, {
        token: team.editor.token,
      })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors[0].path).toBe(field)
    }
    const graphql = await api().graphql(
      'mutation ($id: ID!) { submitForReview(collection: articles, id: $id, reviewer: "abc") { reviewStatus } }',
      { id: String(id) },
      { token: team.editor.token },
    )
    expect(graphql.body.errors?.[0].extensions.statusCode).toBe(400)
    expect(await fingerprint(server.payload)).toEqual(before)
  })
})

describe('the assignee decides', () => {
  it('refuses a decision by another reviewer while it is assigned, and takes the assignee’s', async () => {
    const id = await draft('articles', articleData({ title: 'Only the assignee' }))
    const { contentHash } = await submit(api(), 'articles', id, team.editor.token, {
      reviewer: team.reviewer.id,
    })
    const before = await fingerprint(server.payload)
    const other = await api().post(
      `/api/articles/${id}/review`,
      { decision: 'approve', comment: 'ok', contentHash },
      { token: team.reviewer2.token },
    )
    expect(other.status).toBe(403)
    expect(problemRules(other.body)).toEqual(['not-assignee'])
    expect(other.body.errors[0].message).toContain('assigned to Dr. Rosa Reyes')
    const graphql = await api().graphql(
      'mutation ($id: ID!, $hash: String!) { reviewDocument(collection: articles, id: $id, decision: approve, comment: "ok", contentHash: $hash) { reviewStatus } }',
      { id: String(id), hash: contentHash },
      { token: team.reviewer2.token },
    )
    expect(graphql.body.errors?.[0].extensions).toMatchObject({
      statusCode: 403,
      data: { rule: 'not-assignee' },
    })
    expect(await fingerprint(server.payload)).toEqual(before)

    server.mail.clear()
    const approved = await api().post(
      `/api/articles/${id}/review`,
      { decision: 'approve', comment: 'Accurate.', contentHash },
      { token: team.reviewer.token },
    )
    expect(approved.status).toBe(200)
    // Approval goes to the writers (the editor created and submitted it), not the approver.
    const mail = await server.mail.waitFor((m) => m.subject === 'Approved: Only the assignee')
    expect(mail.to).toEqual([team.editor.email])
    expect(mail.text).toContain(`/admin/collections/articles/${id}`)
    expect(server.mail.messages.some((m) => m.to.includes(team.reviewer.email))).toBe(false)
  })
})

describe('claiming from the pool', () => {
  it('lets a qualified reviewer take an unassigned review, once, on the record', async () => {
    const id = await draft(
      'articles',
      articleData({ title: 'From the pool', authors: [team.author.id] }),
    )
    await submit(api(), 'articles', id, team.editor.token)
    expect((await latestDraft(server.payload, 'articles', id)).assignedReviewer ?? null).toBeNull()

    const before = await fingerprint(server.payload)
    for (const [token, status, rule] of [
      [team.author.token, 403, 'claim-permission'],
      [team.editor.token, 403, 'claim-permission'],
      [team.expiredReviewer.token, 403, 'reviewer-license'],
    ] as const) {
      const response = await api().post(`/api/articles/${id}/claim`, {}, { token })
      expect(response.status).toBe(status)
      expect(problemRules(response.body)).toContain(rule)
    }
    expect(await fingerprint(server.payload)).toEqual(before)

    const claimed = await api().post(
      `/api/articles/${id}/claim`,
      {},
      { token: team.reviewer.token },
    )
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200)
    expect(claimed.body.assignedReviewer).toBe(String(team.reviewer.id))
    expect((await records('articles', id)).map((record) => record.action)).toEqual([
      'submit',
      'claim',
    ])

    const afterClaim = await fingerprint(server.payload)
    const again = await api().graphql(
      'mutation ($id: ID!) { claimReview(collection: articles, id: $id) { assignedReviewer } }',
      { id: String(id) },
      { token: team.reviewer2.token },
    )
    expect(again.body.errors?.[0].extensions).toMatchObject({
      statusCode: 409,
      data: { rule: 'claim-assigned' },
    })
    const own = await api().post(`/api/articles/${id}/claim`, {}, { token: team.reviewer.token })
    expect(problemRules(own.body)).toEqual(['claim-own'])
    expect(await fingerprint(server.payload)).toEqual(afterClaim)
  })

  it('refuses claiming what one wrote, and what is not in review', async () => {
    const id = await draft(
      'articles',
      articleData({ title: 'Written by a reviewer', authors: [team.editor.id, team.reviewer2.id] }),
    )
    const notInReview = await api().post(
      `/api/articles/${id}/claim`,
      {},
      { token: team.reviewer.token },
    )
    expect(notInReview.status).toBe(422)
    expect(problemRules(notInReview.body)).toEqual(['claim-status'])
    await submit(api(), 'articles', id, team.editor.token)
    const own = await api().post(`/api/articles/${id}/claim`, {}, { token: team.reviewer2.token })
    expect(own.status).toBe(403)
    expect(problemRules(own.body)).toEqual(['reviewer-is-contributor'])
  })
})

describe('reassigning', () => {
  it('lets an editor reassign (emailing both reviewers) or return it to the pool, and nobody else', async () => {
    const id = await draft(
      'articles',
      articleData({ title: 'Reassigned review' }),
      team.author.token,
    )
    await submit(api(), 'articles', id, team.author.token, { reviewer: team.reviewer.id })
    const before = await fingerprint(server.payload)
    for (const token of [team.author.token, team.reviewer.token, team.reviewer2.token]) {
      const response = await api().post(
        `/api/articles/${id}/assign`,
        { reviewer: team.reviewer2.id },
        { token },
      )
      expect(response.status).toBe(403)
      expect(problemRules(response.body)).toContain('assign-permission')
    }
    const missing = await api().post(`/api/articles/${id}/assign`, {}, { token: team.editor.token })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].data.errors[0].path).toBe('reviewer')
    const unqualified = await api().post(
      `/api/articles/${id}/assign`,
      { reviewer: team.author.id },
      { token: team.editor.token },
    )
    expect(unqualified.status).toBe(422)
    expect(problemRules(unqualified.body)).toEqual(
      expect.arrayContaining(['reviewer-role', 'reviewer-is-contributor']),
    )
    expect(await fingerprint(server.payload)).toEqual(before)

    server.mail.clear()
    const dueAt = new Date(Date.now() + 36 * 60 * 60 * 1000).toISOString()
    const moved = await api().post(
      `/api/articles/${id}/assign`,
      { reviewer: team.reviewer2.id, dueAt, note: 'Dr. Reyes is away.' },
      { token: team.editor.token },
    )
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body).toMatchObject({
      assignedReviewer: String(team.reviewer2.id),
      reviewDueAt: dueAt,
    })
    const record = (await records('articles', id)).at(-1)!
    expect(record).toMatchObject({
      action: 'assign',
      assignee: team.reviewer2.id,
      dueAt,
      actorName: 'Eli Editor',
    })
    expect(record.note).toBe('From Dr. Rosa Reyes to Dr. Sam Ortiz. Dr. Reyes is away.')
    expect(
      (await server.mail.waitFor((m) => m.subject === 'Review assigned to you: Reassigned review'))
        .to,
    ).toEqual([team.reviewer2.email])
    expect(
      (await server.mail.waitFor((m) => m.subject === 'Review reassigned: Reassigned review')).to,
    ).toEqual([team.reviewer.email])

    const pool = await api().graphql(
      'mutation ($id: ID!) { assignReview(collection: articles, id: $id, reviewer: null) { assignedReviewer reviewDueAt } }',
      { id: String(id) },
      { token: team.admin.token },
    )
    expect(pool.body.errors).toBeUndefined()
    expect(pool.body.data.assignReview).toEqual({ assignedReviewer: null, reviewDueAt: dueAt })
    expect((await records('articles', id)).at(-1)?.note).toBe('From Dr. Sam Ortiz to the pool.')

    const draftDoc = await draft('articles', articleData({ title: 'Not submitted' }))
    const notInReview = await api().post(
      `/api/articles/${draftDoc}/assign`,
      { reviewer: team.reviewer.id },
      { token: team.editor.token },
    )
    expect(notInReview.status).toBe(422)
    expect(problemRules(notInReview.body)).toEqual(['assign-status'])
  })
})

describe('queues, the inbox and the assignment panel', () => {
  it('shows each person what awaits them, overdue first, over REST and GraphQL', async () => {
    const mine = await draft(
      'treatment-options',
      { name: 'Queue treatment', route: 'intravenous', regulatoryStatus: 'off-label' },
      team.author.token,
    )
    await submit(api(), 'treatment-options', mine, team.author.token, {
      reviewer: team.reviewer2.id,
    })
    const pooled = await draft(
      'treatment-options',
      { name: 'Pooled treatment', route: 'intranasal', regulatoryStatus: 'off-label' },
      team.author.token,
    )
    await submit(api(), 'treatment-options', pooled, team.author.token)
    await setOnLatestVersion(server.payload, 'treatment-options', pooled, {
      reviewDueAt: new Date(Date.now() - DAY).toISOString(),
    })

    const reviewer = await api().get('/api/inbox', { token: team.reviewer2.token })
    expect(reviewer.status).toBe(200)
    const section = (body: any, key: string) =>
      body.sections.find((entry: { key: string }) => entry.key === key)
    expect(section(reviewer.body, 'assigned-to-me').items.map((item: any) => item.title)).toContain(
      'Queue treatment',
    )
    const unassigned = section(reviewer.body, 'unassigned').items
    expect(unassigned[0]).toMatchObject({
      title: 'Pooled treatment',
      overdue: true,
      collection: 'treatment-options',
    })
    expect(section(reviewer.body, 'ready-to-publish')).toBeUndefined()

    const author = await api().graphql(
      '{ myInbox { total sections { key items { title overdue documentId } } } }',
      undefined,
      { token: team.author.token },
    )
    expect(author.body.errors).toBeUndefined()
    const submissions = author.body.data.myInbox.sections.find(
      (entry: { key: string }) => entry.key === 'my-submissions',
    ).items
    expect(submissions.map((item: any) => item.title)).toEqual(
      expect.arrayContaining(['Queue treatment', 'Pooled treatment']),
    )
    expect(submissions[0].title).toBe('Pooled treatment')

    const editor = await api().get('/api/inbox', { token: team.editor.token })
    expect(section(editor.body, 'overdue-reviews').items.map((item: any) => item.title)).toContain(
      'Pooled treatment',
    )

    expect((await api().get('/api/inbox')).status).toBe(403)
    expect((await api().get('/api/inbox', { apiKey: team.preview.apiKey })).status).toBe(403)

    const panel = await api().get(`/api/treatment-options/${mine}/assignment`, {
      token: team.editor.token,
    })
    expect(panel.status).toBe(200)
    expect(panel.body).toMatchObject({
      status: 'in-review',
      assignee: { name: 'Dr. Sam Ortiz' },
      submittedBy: { name: 'Ana Author' },
      overdue: false,
      offers: { assign: true, claim: false },
    })
    expect(panel.body.candidates.map((person: { name: string }) => person.name)).toEqual([
      'Dr. Rosa Reyes',
      'Dr. Sam Ortiz',
    ])
    const asReviewer = await api().graphql(
      'query ($id: ID!) { reviewAssignment(collection: treatment_options, id: $id) { overdue offers { claim assign } assignee { name } } }',
      { id: String(pooled) },
      { token: team.reviewer.token },
    )
    expect(asReviewer.body.data.reviewAssignment).toEqual({
      overdue: true,
      offers: { claim: true, assign: false },
      assignee: null,
    })
  })
})

describe('reminders in the daily job', () => {
  it('emails the assignee when due within a day and again when overdue, each once, as review records', async () => {
    const id = await draft('risk-disclosures', disclosureData({ title: 'Reminder disclosure' }))
    await submit(api(), 'risk-disclosures', id, team.editor.token, {
      reviewer: team.reviewer.id,
      dueAt: new Date(Date.now() + 12 * 60 * 60 * 1000).toISOString(),
    })
    server.mail.clear()
    await runDailyJob(server.payload)
    const soon = await server.mail.waitFor(
      (m) => m.subject === 'Review due tomorrow: Reminder disclosure',
    )
    expect(soon.to).toEqual([team.reviewer.email])
    expect(soon.text).toContain(`/admin/collections/risk-disclosures/${id}`)

    await runDailyJob(server.payload)
    await setOnLatestVersion(server.payload, 'risk-disclosures', id, {
      reviewDueAt: new Date(Date.now() - 60_000).toISOString(),
    })
    await runDailyJob(server.payload)
    await runDailyJob(server.payload)
    const overdue = await server.mail.waitFor(
      (m) => m.subject === 'Review overdue: Reminder disclosure',
    )
    expect(overdue.to).toEqual([team.reviewer.email])
    expect(
      server.mail.messages
        .filter((m) => m.subject.endsWith('Reminder disclosure'))
        .map((m) => m.subject),
    ).toEqual(['Review due tomorrow: Reminder disclosure', 'Review overdue: Reminder disclosure'])
    const reminders = (await records('risk-disclosures', id)).filter(
      (record) => record.action === 'remind',
    )
    expect(reminders.map((record) => [record.reminder, record.assignee])).toEqual([
      ['review-due-soon', team.reviewer.id],
      ['review-overdue', team.reviewer.id],
    ])
  })

  it('emails the pool for an unassigned review, and for a live document whose re-review is due within a day', async () => {
    const pooled = await draft(
      'risk-disclosures',
      disclosureData({ title: 'Pooled reminder', authors: [team.editor.id, team.reviewer2.id] }),
    )
    await submit(api(), 'risk-disclosures', pooled, team.editor.token, {
      dueAt: new Date(Date.now() + 6 * 60 * 60 * 1000).toISOString(),
    })
    const live = await publishApproved(
      api(),
      team,
      'risk-disclosures',
      disclosureData({ title: 'Re-review soon' }),
    )
    await setOnLatestVersion(server.payload, 'risk-disclosures', live, {
      nextReviewDue: new Date(Date.now() + 6 * 60 * 60 * 1000).toISOString(),
    })
    server.mail.clear()
    await runDailyJob(server.payload)
    const pool = await server.mail.waitFor(
      (m) => m.subject === 'Review due tomorrow: Pooled reminder',
    )
    expect(pool.text).toContain('any qualified reviewer may take it')
    // The pool: reviewers who could decide it (not its co-author, not the lapsed license).
    expect(
      server.mail.messages
        .filter((m) => m.subject === 'Review due tomorrow: Pooled reminder')
        .map((m) => m.to[0]),
    ).toEqual([team.reviewer.email])
    const reReview = server.mail.messages
      .filter((m) => m.subject === 'Re-review due tomorrow: Re-review soon')
      .map((m) => m.to[0])
    expect(new Set(reReview)).toEqual(new Set([team.reviewer.email, team.reviewer2.email]))
    await runDailyJob(server.payload)
    expect(
      server.mail.messages.filter((m) => m.subject === 'Re-review due tomorrow: Re-review soon'),
    ).toHaveLength(reReview.length)
  })
})

describe('activity timeline', () => {
  it('lists the review records and the saves between them, who did what, when, with the comment', async () => {
    const id = await draft(
      'articles',
      articleData({ title: 'Timeline article' }),
      team.author.token,
    )
    expect(
      (
        await api().patch(
          `/api/articles/${id}?draft=true`,
          { summary: 'A better summary.' },
          { token: team.author.token },
        )
      ).status,
    ).toBe(200)
    expect(
      (
        await api().patch(
          `/api/articles/${id}?draft=true`,
          { internalNotes: 'Check the photo credit.' },
          { token: team.editor.token },
        )
      ).status,
    ).toBe(200)
    const { contentHash } = await submit(api(), 'articles', id, team.author.token, {
      reviewer: team.reviewer.id,
    })
    expect(
      (
        await api().post(
          `/api/articles/${id}/review`,
          { decision: 'request-changes', comment: 'Cite the onset claim.', contentHash },
          { token: team.reviewer.token },
        )
      ).status,
    ).toBe(200)

    const response = await api().get(`/api/articles/${id}/activity`, { token: team.author.token })
    expect(response.status).toBe(200)
    const entries = response.body.entries as any[]
    expect(entries.map((entry) => [entry.kind, entry.action, entry.actor])).toEqual([
      ['record', 'decision', 'Dr. Rosa Reyes'],
      ['record', 'submit', 'Ana Author'],
      ['version', 'saved', 'Eli Editor'],
      ['version', 'saved', 'Ana Author'],
      ['version', 'saved', 'Ana Author'],
    ])
    expect(entries[0]).toMatchObject({
      summary: 'Requested changes',
      comment: 'Cite the onset claim.',
    })
    expect(entries[1].summary).toMatch(/^Submitted for review to Dr\. Rosa Reyes, due /)
    expect(entries[2].summary).toBe('Saved a draft, reviewed content unchanged')
    expect(entries[3].summary).toBe('Saved a draft, changing the reviewed content')
    expect(entries[1].contentHash).toBe(await storedHash(server.payload, 'articles', id, true))

    const graphql = await api().graphql(
      'query ($id: ID!) { documentActivity(collection: articles, id: $id) { documentId entries { action summary actor } } }',
      { id: String(id) },
      { token: team.reviewer2.token },
    )
    expect(graphql.body.data.documentActivity.entries).toHaveLength(5)
    expect((await api().get(`/api/articles/${id}/activity`)).status).toBe(403)
    const anonymous = await api().graphql(
      'query ($id: ID!) { documentActivity(collection: articles, id: $id) { documentId } }',
      { id: String(id) },
    )
    expect(anonymous.body.errors?.[0].extensions.statusCode).toBe(403)
  })
})
