import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MedicalCollection } from '../../src/workflow/reviewedFields'
import {
  approveDocument,
  articleData,
  createTeam,
  disclosureData,
  publishApproved,
  richText,
  treatmentData,
  type Team,
} from '../helpers/fixtures'
import { fingerprint } from '../helpers/fingerprint'
import { startTestServer, type TestServer } from '../helpers/server'
import { storedHash } from '../helpers/workflow'

let server: TestServer
let team: Team
const REVIEW_INTERVAL_DAYS = 30

beforeAll(async () => {
  server = await startTestServer({ env: { REVIEW_INTERVAL_DAYS: String(REVIEW_INTERVAL_DAYS) } })
  team = await createTeam(server.payload, server.api)
})

afterAll(async () => {
  await server?.close()
})

const api = () => server.api

async function createDraft(
  collection: string,
  data: Record<string, unknown>,
  token = team.editor.token,
) {
  const response = await api().post(`/api/${collection}`, data, { token })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as number
}

/** A review decision over REST, stating the version the reviewer read: the stored draft, unless the test says otherwise. */
async function decide(
  collection: MedicalCollection,
  id: number | string,
  body: Record<string, unknown>,
  token: string,
) {
  return api().post(
    `/api/${collection}/${id}/review`,
    { contentHash: await storedHash(server.payload, collection, id, true), ...body },
    { token },
  )
}

async function latestDraft(collection: MedicalCollection, id: number | string) {
  return server.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
}

async function publishedDoc(collection: MedicalCollection, id: number | string) {
  return server.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
}

function problemRules(body: any): string[] {
  const error = body.errors?.[0]
  return (error?.data?.problems ?? error?.extensions?.data?.problems ?? []).map(
    (problem: { rule: string }) => problem.rule,
  )
}

/** A published disclosure and a published treatment that presents it, for articles to link. */
async function publishedTreatment() {
  const disclosure = await publishApproved(api(), team, 'risk-disclosures', disclosureData())
  return publishApproved(
    api(),
    team,
    'treatment-options',
    treatmentData({ riskDisclosures: [disclosure] }),
  )
}

describe('review status', () => {
  it('starts as draft and cannot be set through the API or the Local API', async () => {
    const id = await createDraft(
      'articles',
      articleData({ reviewStatus: 'approved', medicalReviewer: team.reviewer.id }),
    )
    expect((await latestDraft('articles', id)).reviewStatus).toBe('draft')

    const rest = await api().patch(
      `/api/articles/${id}?draft=true`,
      { reviewStatus: 'approved', lastReviewedAt: new Date().toISOString() },
      { token: team.admin.token },
    )
    expect(rest.status).toBe(200)
    const local = await server.payload.update({
      collection: 'articles',
      id,
      data: { reviewStatus: 'approved' },
      draft: true,
      overrideAccess: true,
    })
    expect(local.reviewStatus).toBe('draft')
    const stored = await latestDraft('articles', id)
    expect(stored.reviewStatus).toBe('draft')
    expect(stored.lastReviewedAt ?? null).toBeNull()
  })
})

describe('submit for review', () => {
  it('moves a draft to in-review, records the hash and emails the pool: every reviewer who could decide it', async () => {
    const id = await createDraft('articles', articleData(), team.author.token)
    server.mail.clear()
    const response = await api().post(
      `/api/articles/${id}/submit-for-review`,
      { note: 'Ready for a look' },
      { token: team.author.token },
    )
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      collection: 'articles',
      id: String(id),
      reviewStatus: 'in-review',
    })
    expect(response.body.contentHash).toBe(await storedHash(server.payload, 'articles', id, true))
    expect((await latestDraft('articles', id)).reviewStatus).toBe('in-review')

    const record = await server.payload.findByID({
      collection: 'review-records',
      id: response.body.recordId,
      overrideAccess: true,
    })
    expect(record).toMatchObject({
      action: 'submit',
      targetCollection: 'articles',
      documentId: String(id),
      note: 'Ready for a look',
      actorName: 'Ana Author',
    })
    expect(record.contentHash).toBe(response.body.contentHash)

    for (const reviewer of [team.reviewer, team.reviewer2]) {
      const mail = await server.mail.waitFor(
        (m) => m.to.includes(reviewer.email) && m.subject.includes('What to expect'),
      )
      expect(mail.subject).toBe('Review requested: What to expect from ketamine therapy')
      expect(mail.text).toContain('Ready for a look')
      expect(mail.text).toContain(`/admin/collections/articles/${id}`)
    }
    // A reviewer whose license has lapsed could not decide it, so is not asked.
    expect(
      server.mail.messages.some(
        (m) => m.to.includes(team.expiredReviewer.email) || m.to.includes(team.editor.email),
      ),
    ).toBe(false)
  })

  it('is refused for someone who is not an author, an editor or an admin, and from the wrong status', async () => {
    const id = await createDraft('articles', articleData(), team.author.token)
    const before = await fingerprint(server.payload)
    const stranger = await api().post(
      `/api/articles/${id}/submit-for-review`,
      {},
      { token: team.author2.token },
    )
    expect(stranger.status).toBe(403)
    expect(problemRules(stranger.body)).toContain('submit-permission')
    const reviewer = await api().post(
      `/api/articles/${id}/submit-for-review`,
      {},
      { token: team.reviewer.token },
    )
    expect(reviewer.status).toBe(403)
    const anonymous = await api().post(`/api/articles/${id}/submit-for-review`, {})
    expect(anonymous.status).toBe(403)
    expect(await fingerprint(server.payload)).toEqual(before)

    await approveDocument(api(), 'articles', id, team.author, team.reviewer)
    const again = await api().post(
      `/api/articles/${id}/submit-for-review`,
      {},
      { token: team.author.token },
    )
    expect(again.status).toBe(422)
    expect(problemRules(again.body)).toEqual(['submit-status'])
  })

  it('rejects a malformed body with a 400 naming the field', async () => {
    const id = await createDraft('articles', articleData())
    const response = await api().post(
      `/api/articles/${id}/submit-for-review`,
      { note: 42 },
      { token: team.editor.token },
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'note' })
    const missing = await api().post(
      `/api/articles/999999/submit-for-review`,
      {},
      { token: team.editor.token },
    )
    expect(missing.status).toBe(404)
  })
})

describe('review decisions', () => {
  it('approve sets the reviewer, the review dates and binds the decision to the draft hash', async () => {
    const id = await createDraft('articles', articleData(), team.author.token)
    await api().post(`/api/articles/${id}/submit-for-review`, {}, { token: team.author.token })
    const before = Date.now()
    const response = await decide(
      'articles',
      id,
      { decision: 'approve', comment: 'Accurate and balanced.' },
      team.reviewer.token,
    )
    expect(response.status).toBe(200)
    expect(response.body.reviewStatus).toBe('approved')
    const draft = await latestDraft('articles', id)
    expect(draft.medicalReviewer).toBe(team.reviewer.id)
    const reviewedAt = new Date(draft.lastReviewedAt!).getTime()
    expect(reviewedAt).toBeGreaterThanOrEqual(before - 1000)
    expect(new Date(draft.nextReviewDue!).getTime() - reviewedAt).toBe(
      REVIEW_INTERVAL_DAYS * 24 * 60 * 60 * 1000,
    )
    expect(response.body.contentHash).toBe(await storedHash(server.payload, 'articles', id, true))
    const record = await server.payload.findByID({
      collection: 'review-records',
      id: response.body.recordId,
      overrideAccess: true,
    })
    expect(record).toMatchObject({
      action: 'decision',
      decision: 'approve',
      comment: 'Accurate and balanced.',
      actorName: 'Dr. Rosa Reyes',
      actorCredentials: 'MD',
    })
  })

  it('refuses a reviewer approving their own article, and changes nothing', async () => {
    const id = await createDraft(
      'articles',
      articleData({ authors: [team.editor.id, team.reviewer.id] }),
    )
    await api().post(`/api/articles/${id}/submit-for-review`, {}, { token: team.editor.token })
    const before = await fingerprint(server.payload)
    const response = await decide(
      'articles',
      id,
      { decision: 'approve', comment: 'Mine.' },
      team.reviewer.token,
    )
    expect(response.status).toBe(403)
    expect(problemRules(response.body)).toContain('reviewer-is-contributor')
    expect(response.body.errors[0].message).toMatch(/another reviewer must decide/)
    expect(await fingerprint(server.payload)).toEqual(before)
  })

  it('refuses a reviewer whose license has expired, and non-reviewers', async () => {
    const id = await createDraft('articles', articleData())
    await api().post(`/api/articles/${id}/submit-for-review`, {}, { token: team.editor.token })
    const before = await fingerprint(server.payload)
    const expired = await decide(
      'articles',
      id,
      { decision: 'approve', comment: 'ok' },
      team.expiredReviewer.token,
    )
    expect(expired.status).toBe(403)
    expect(problemRules(expired.body)).toContain('reviewer-license')
    expect(expired.body.errors[0].message).toMatch(/Your license expired on \d{4}-\d{2}-\d{2}/)
    for (const actor of [team.editor, team.admin, team.author]) {
      const response = await decide(
        'articles',
        id,
        { decision: 'approve', comment: 'ok' },
        actor.token,
      )
      expect(response.status).toBe(403)
      expect(problemRules(response.body)).toContain('reviewer-role')
    }
    expect(await fingerprint(server.payload)).toEqual(before)
  })

  it('refuses a decision on a document that is not in review', async () => {
    const id = await createDraft('articles', articleData())
    const before = await fingerprint(server.payload)
    const response = await decide(
      'articles',
      id,
      { decision: 'approve', comment: 'ok' },
      team.reviewer.token,
    )
    expect(response.status).toBe(422)
    expect(problemRules(response.body)).toEqual(['decision-status'])
    expect(await fingerprint(server.payload)).toEqual(before)
  })

  it('requires a comment to request changes, then emails everyone who wrote it', async () => {
    const id = await createDraft(
      'articles',
      articleData({ authors: [team.author.id, team.author2.id] }),
    )
    await api().post(`/api/articles/${id}/submit-for-review`, {}, { token: team.editor.token })
    const before = await fingerprint(server.payload)
    for (const comment of [undefined, '', '   ']) {
      const response = await decide(
        'articles',
        id,
        { decision: 'request-changes', comment },
        team.reviewer.token,
      )
      expect(response.status).toBe(422)
      expect(problemRules(response.body)).toEqual(['comment-required'])
    }
    const bad = await decide(
      'articles',
      id,
      { decision: 'reject', comment: 'x' },
      team.reviewer.token,
    )
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].path).toBe('decision')
    expect(await fingerprint(server.payload)).toEqual(before)

    server.mail.clear()
    const response = await decide(
      'articles',
      id,
      { decision: 'request-changes', comment: 'Cite the onset claim.' },
      team.reviewer.token,
    )
    expect(response.status).toBe(200)
    expect(response.body.reviewStatus).toBe('changes-requested')
    // The declared authors and the editor who created the draft.
    const writers = [team.author, team.author2, team.editor]
    for (const writer of writers) {
      const mail = await server.mail.waitFor((m) => m.to.includes(writer.email))
      expect(mail.subject).toBe('Changes requested: What to expect from ketamine therapy')
      expect(mail.text).toContain('Cite the onset claim.')
    }
    expect(
      server.mail.messages.every((m) => writers.map((writer) => writer.email).includes(m.to[0])),
    ).toBe(true)

    // The author edits and resubmits from changes-requested; a second reviewer approves.
    const edited = await api().patch(
      `/api/articles/${id}?draft=true`,
      { summary: 'Onset is often within hours (see reference).' },
      { token: team.author.token },
    )
    expect(edited.status).toBe(200)
    expect(edited.body.doc.reviewStatus).toBe('changes-requested')
    const resubmitted = await api().post(
      `/api/articles/${id}/submit-for-review`,
      {},
      { token: team.author.token },
    )
    expect(resubmitted.status).toBe(200)
    const approved = await decide(
      'articles',
      id,
      { decision: 'approve', comment: 'Fixed.' },
      team.reviewer2.token,
    )
    expect(approved.status).toBe(200)
  })

  it('offers the same actions, rules and messages over GraphQL', async () => {
    const id = await createDraft('risk-disclosures', disclosureData())
    const submit = await api().graphql(
      'mutation ($id: ID!) { submitForReview(collection: risk_disclosures, id: $id, note: "please") { id collection documentId reviewStatus contentHash recordId } }',
      { id: String(id) },
      { token: team.editor.token },
    )
    expect(submit.body.errors).toBeUndefined()
    // Payload's enum spellings, and the review record as the result's identity.
    expect(submit.body.data.submitForReview).toMatchObject({
      collection: 'risk_disclosures',
      documentId: String(id),
      reviewStatus: 'in_review',
    })
    expect(submit.body.data.submitForReview.id).toBe(submit.body.data.submitForReview.recordId)
    const contentHash = submit.body.data.submitForReview.contentHash

    const noComment = await api().graphql(
      'mutation ($id: ID!, $hash: String!) { reviewDocument(collection: risk_disclosures, id: $id, decision: request_changes, contentHash: $hash) { reviewStatus } }',
      { id: String(id), hash: contentHash },
      { token: team.reviewer.token },
    )
    expect(noComment.body.errors?.[0].message).toMatch(/a comment is required to request changes/)
    expect(noComment.body.errors?.[0].extensions).toMatchObject({
      statusCode: 422,
      data: { rule: 'comment-required' },
    })

    const approve = await api().graphql(
      'mutation ($id: ID!, $hash: String!) { reviewDocument(collection: risk_disclosures, id: $id, decision: approve, comment: "fine", contentHash: $hash) { reviewStatus contentHash } }',
      { id: String(id), hash: contentHash },
      { token: team.reviewer.token },
    )
    expect(approve.body.data.reviewDocument.reviewStatus).toBe('approved')
    expect(approve.body.data.reviewDocument.contentHash).toBe(
      await storedHash(server.payload, 'risk-disclosures', id, true),
    )
  })
})

describe('publishing', () => {
  it('is refused without approval on every path, listing the unmet conditions and writing nothing', async () => {
    const id = await createDraft('risk-disclosures', disclosureData())
    const before = await fingerprint(server.payload)

    const rest = await api().patch(
      `/api/risk-disclosures/${id}`,
      { _status: 'published' },
      { token: team.editor.token },
    )
    expect(rest.status).toBe(422)
    expect(problemRules(rest.body)).toEqual(['not-approved', 'approval-missing'])
    expect(rest.body.errors[0].message).toMatch(
      /No medical reviewer has approved this document yet/,
    )

    const graphql = await api().graphql(
      'mutation ($id: Int!) { updateRiskDisclosure(id: $id, data: { _status: published }) { id } }',
      { id },
      { token: team.admin.token },
    )
    expect(graphql.body.errors?.[0].extensions).toMatchObject({ statusCode: 422 })
    expect(problemRules(graphql.body)).toEqual(['not-approved', 'approval-missing'])

    await expect(
      server.payload.update({
        collection: 'risk-disclosures',
        id,
        data: { _status: 'published' },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 422 })
    await expect(
      server.payload.create({
        collection: 'risk-disclosures',
        data: { ...disclosureData(), _status: 'published' } as never,
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 422 })

    // Scheduled publishing runs the same update through Payload's job queue.
    await server.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'risk-disclosures', value: String(id) },
      } as never,
    })
    const beforeJobs = await fingerprint(server.payload)
    await server.payload.jobs.run()
    const { docs: jobs } = await server.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
    })
    expect(jobs[0].hasError || jobs[0].log?.some((entry) => entry.state === 'failed')).toBe(true)
    expect(await fingerprint(server.payload)).toEqual(beforeJobs)

    expect(await fingerprint(server.payload)).toEqual(before)
    expect((await publishedDoc('risk-disclosures', id))?._status).toBe('draft')
  })

  it('refuses an author publishing even approved content', async () => {
    const id = await createDraft('risk-disclosures', disclosureData(), team.author.token)
    await approveDocument(api(), 'risk-disclosures', id, team.author, team.reviewer)
    const before = await fingerprint(server.payload)
    const response = await api().patch(
      `/api/risk-disclosures/${id}`,
      { _status: 'published' },
      { token: team.author.token },
    )
    expect(response.status).toBe(403)
    expect(await fingerprint(server.payload)).toEqual(before)
  })

  it('publishes approved content and records it; an edit afterwards falls back to draft and keeps the live version', async () => {
    const id = await createDraft('risk-disclosures', disclosureData())
    await approveDocument(api(), 'risk-disclosures', id, team.editor, team.reviewer)
    const published = await api().patch(
      `/api/risk-disclosures/${id}`,
      { _status: 'published' },
      { token: team.editor.token },
    )
    expect(published.status).toBe(200)
    const approvedHash = await storedHash(server.payload, 'risk-disclosures', id, false)
    const { docs: records } = await server.payload.find({
      collection: 'review-records',
      where: {
        and: [
          { documentId: { equals: String(id) } },
          { targetCollection: { equals: 'risk-disclosures' } },
        ],
      },
      sort: '-createdAt',
      overrideAccess: true,
    })
    expect(records.map((record) => record.action)).toEqual(['publish', 'decision', 'submit'])
    expect(records[0].contentHash).toBe(approvedHash)

    const edit = await api().patch(
      `/api/risk-disclosures/${id}?draft=true`,
      { mitigation: 'A new, unreviewed sentence.' },
      { token: team.editor.token },
    )
    expect(edit.status).toBe(200)
    expect(edit.body.doc.reviewStatus).toBe('draft')
    const live = await api().get(`/api/risk-disclosures/${id}`)
    expect(live.body.mitigation).toBe(disclosureData().mitigation)

    const before = await fingerprint(server.payload)
    const republish = await api().patch(
      `/api/risk-disclosures/${id}`,
      { _status: 'published' },
      { token: team.editor.token },
    )
    expect(republish.status).toBe(422)
    expect(problemRules(republish.body)).toEqual(['not-approved', 'approval-mismatch'])
    expect(await fingerprint(server.payload)).toEqual(before)
    expect((await api().get(`/api/risk-disclosures/${id}`)).body.mitigation).toBe(
      disclosureData().mitigation,
    )
    expect((await latestDraft('risk-disclosures', id)).reviewStatus).toBe('draft')
  })

  it('does not void an approval for staff notes, and does for the public SEO text and the slug', async () => {
    const id = await createDraft('articles', articleData())
    await approveDocument(api(), 'articles', id, team.editor, team.reviewer)
    const notes = await api().patch(
      `/api/articles/${id}?draft=true`,
      { internalNotes: 'Check the photo credit.' },
      { token: team.editor.token },
    )
    expect(notes.status).toBe(200)
    expect(notes.body.doc.reviewStatus).toBe('approved')
    const seo = await api().patch(
      `/api/articles/${id}?draft=true`,
      { seo: { metaTitle: 'Ketamine therapy explained' } },
      { token: team.editor.token },
    )
    expect(seo.body.doc.reviewStatus).toBe('draft')

    const other = await createDraft('articles', articleData({ title: 'Slugs are public text' }))
    await approveDocument(api(), 'articles', other, team.editor, team.reviewer)
    const slug = await api().patch(
      `/api/articles/${other}?draft=true`,
      { slug: 'slugs-cure-everything' },
      { token: team.editor.token },
    )
    expect(slug.body.doc.reviewStatus).toBe('draft')
    expect(
      (await latestDraft('articles', other)).claimFlags?.map(
        (flag) => `${flag.phrase}|${flag.field}`,
      ),
    ).toEqual(['cure|slug'])
  })

  it('refuses a treatment whose risk disclosures are not all published', async () => {
    const draftDisclosure = await createDraft('risk-disclosures', disclosureData())
    const id = await createDraft(
      'treatment-options',
      treatmentData({ riskDisclosures: [draftDisclosure] }),
    )
    await approveDocument(api(), 'treatment-options', id, team.editor, team.reviewer)
    const before = await fingerprint(server.payload)
    const response = await api().patch(
      `/api/treatment-options/${id}`,
      { _status: 'published' },
      { token: team.editor.token },
    )
    expect(response.status).toBe(422)
    expect(problemRules(response.body)).toEqual(['disclosure-unpublished'])
    expect(await fingerprint(server.payload)).toEqual(before)
  })

  it('refuses an article linking an unpublished treatment or without references, listing every problem', async () => {
    const unpublishedTreatment = await createDraft(
      'treatment-options',
      treatmentData({ name: 'Esketamine nasal spray', route: 'intranasal' }),
    )
    const id = await createDraft(
      'articles',
      articleData({ treatments: [unpublishedTreatment], references: [] }),
    )
    await approveDocument(api(), 'articles', id, team.editor, team.reviewer)
    const before = await fingerprint(server.payload)
    const response = await api().patch(
      `/api/articles/${id}`,
      { _status: 'published' },
      { token: team.editor.token },
    )
    expect(response.status).toBe(422)
    expect(problemRules(response.body).sort()).toEqual([
      'references-required',
      'treatment-unpublished',
    ])
    expect(response.body.errors[0].message).toContain('Esketamine nasal spray')
    expect(await fingerprint(server.payload)).toEqual(before)
  })

  it('publishes an article whose treatments are published, and lets an editor unpublish it, on the record', async () => {
    const treatment = await publishedTreatment()
    const id = await publishApproved(
      api(),
      team,
      'articles',
      articleData({ treatments: [treatment] }),
    )
    expect((await api().get(`/api/articles/${id}`)).status).toBe(200)

    const authorTry = await api().patch(
      `/api/articles/${id}`,
      { _status: 'draft' },
      { token: team.author.token },
    )
    expect(authorTry.status).toBe(403)
    const unpublish = await api().patch(
      `/api/articles/${id}`,
      { _status: 'draft' },
      { token: team.editor.token },
    )
    expect(unpublish.status).toBe(200)
    expect((await api().get(`/api/articles/${id}`)).status).toBe(404)
    const { docs } = await server.payload.find({
      collection: 'review-records',
      where: { and: [{ documentId: { equals: String(id) } }, { action: { equals: 'unpublish' } }] },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].actorName).toBe('Eli Editor')
  })

  it('refuses publication when the approving reviewer no longer qualifies', async () => {
    const id = await createDraft('risk-disclosures', disclosureData())
    await approveDocument(api(), 'risk-disclosures', id, team.editor, team.reviewer2)
    await server.payload.update({
      collection: 'users',
      id: team.reviewer2.id,
      data: { licenseExpiresAt: new Date(Date.now() - 60_000).toISOString() },
      overrideAccess: true,
    })
    try {
      const before = await fingerprint(server.payload)
      const response = await api().patch(
        `/api/risk-disclosures/${id}`,
        { _status: 'published' },
        { token: team.editor.token },
      )
      expect(response.status).toBe(422)
      expect(problemRules(response.body)).toEqual(['reviewer-license'])
      expect(await fingerprint(server.payload)).toEqual(before)
    } finally {
      await server.payload.update({
        collection: 'users',
        id: team.reviewer2.id,
        data: { licenseExpiresAt: new Date(Date.now() + 365 * 864e5).toISOString() },
        overrideAccess: true,
      })
    }
  })

  it('never publishes content that differs from the approval when a publish races an edit', async () => {
    for (let round = 0; round < 6; round += 1) {
      const id = await createDraft('risk-disclosures', disclosureData({ title: `Race ${round}` }))
      await approveDocument(api(), 'risk-disclosures', id, team.editor, team.reviewer)
      const approvedHash = await storedHash(server.payload, 'risk-disclosures', id, true)
      const editing = () =>
        api().patch(
          `/api/risk-disclosures/${id}?draft=true`,
          { mitigation: `Edited in round ${round}` },
          { token: team.editor.token },
        )
      const publishing = () =>
        api().patch(
          `/api/risk-disclosures/${id}`,
          { _status: 'published' },
          { token: team.editor.token },
        )
      // Alternate which request leaves first, so both orders get exercised.
      const [edit, publish] =
        round % 2 === 0
          ? await Promise.all([editing(), publishing()])
          : await Promise.all([publishing(), editing()]).then(([p, e]) => [e, p])
      expect([200, 409, 422]).toContain(edit.status)
      expect([200, 409, 422]).toContain(publish.status)
      const live = await publishedDoc('risk-disclosures', id)
      if (live?._status === 'published') {
        expect(await storedHash(server.payload, 'risk-disclosures', id, false)).toBe(approvedHash)
      } else {
        expect(publish.status).not.toBe(200)
      }
      // No lost update: an edit that was acknowledged is in the latest draft.
      if (edit.status === 200)
        expect(
          ((await latestDraft('risk-disclosures', id)) as { mitigation?: string }).mitigation,
        ).toBe(`Edited in round ${round}`)
    }
  })
})

describe('review records', () => {
  it('cannot be changed or deleted by anyone, admins and the Local API included', async () => {
    const id = await createDraft('articles', articleData())
    const submitted = await api().post(
      `/api/articles/${id}/submit-for-review`,
      {},
      { token: team.editor.token },
    )
    const recordId = submitted.body.recordId
    const before = await fingerprint(server.payload)

    expect(
      (
        await api().patch(
          `/api/review-records/${recordId}`,
          { comment: 'edited' },
          { token: team.admin.token },
        )
      ).status,
    ).toBe(403)
    expect(
      (await api().delete(`/api/review-records/${recordId}`, { token: team.admin.token })).status,
    ).toBe(403)
    expect(
      (
        await api().post(
          '/api/review-records',
          {
            action: 'decision',
            decision: 'approve',
            targetCollection: 'articles',
            documentId: String(id),
            contentHash: 'x',
          },
          { token: team.admin.token },
        )
      ).status,
    ).toBe(403)
    const graphql = await api().graphql(
      `mutation { deleteReviewRecord(id: ${recordId}) { id } }`,
      undefined,
      { token: team.admin.token },
    )
    expect(graphql.body.errors?.[0].extensions.statusCode).toBe(403)
    await expect(
      server.payload.update({
        collection: 'review-records',
        id: recordId,
        data: { comment: 'x' },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      server.payload.delete({ collection: 'review-records', id: recordId, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      server.payload.create({
        collection: 'review-records',
        data: {
          action: 'decision',
          decision: 'approve',
          targetCollection: 'articles',
          documentId: String(id),
          contentHash: 'forged',
        },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await fingerprint(server.payload)).toEqual(before)

    expect(
      (await api().get(`/api/review-records/${recordId}`, { token: team.author.token })).status,
    ).toBe(200)
    expect((await api().get(`/api/review-records/${recordId}`)).status).toBe(403)
    expect((await api().get('/api/review-records')).status).toBe(403)
  })
})

describe('claim checks', () => {
  it('flags promotional wording in every locale, shows it to reviewers, and asks for a comment to approve', async () => {
    const id = await createDraft(
      'articles',
      articleData({ summary: 'A guaranteed cure for depression.' }),
    )
    const spanish = await api().patch(
      `/api/articles/${id}?draft=true&locale=es`,
      { title: 'Qué esperar', summary: 'Sin efectos secundarios.' },
      { token: team.editor.token },
    )
    expect(spanish.status).toBe(200)
    const draft = await latestDraft('articles', id)
    const flags = (draft.claimFlags ?? [])
      .map((flag) => `${flag.phrase}|${flag.field}|${flag.locale}`)
      .sort()
    expect(flags).toEqual([
      'cure|summary|en',
      'guaranteed|summary|en',
      'sin efectos secundarios|summary|es',
    ])
    expect(draft.claimFlags?.find((flag) => flag.phrase === 'cure')?.excerpt).toContain(
      'A guaranteed cure for depression.',
    )

    // Flags are staff-only.
    const anonymous = await api().get(`/api/articles/${id}?draft=true`)
    expect(anonymous.body.claimFlags).toBeUndefined()

    await api().post(`/api/articles/${id}/submit-for-review`, {}, { token: team.editor.token })
    const noComment = await decide('articles', id, { decision: 'approve' }, team.reviewer.token)
    expect(noComment.status).toBe(422)
    expect(problemRules(noComment.body)).toEqual(['claim-flags-need-comment'])
    const withComment = await decide(
      'articles',
      id,
      { decision: 'approve', comment: 'Quoted as a myth, in context.' },
      team.reviewer.token,
    )
    expect(withComment.status).toBe(200)
  })
})

describe('re-review schedule', () => {
  it('marks published content past its re-review date as overdue, keeps it live and emails reviewers', async () => {
    const id = await publishApproved(
      api(),
      team,
      'risk-disclosures',
      disclosureData({ title: 'Raised blood pressure' }),
    )
    await server.payload.db.updateOne({
      collection: 'risk-disclosures',
      id,
      data: { nextReviewDue: new Date(Date.now() - 864e5).toISOString() },
    })
    const stillFresh = await publishApproved(
      api(),
      team,
      'risk-disclosures',
      disclosureData({ title: 'Nausea' }),
    )
    server.mail.clear()

    await server.payload.jobs.queue({ task: 'markReviewOverdue', input: {} })
    await server.payload.jobs.run({ allQueues: true })

    const live = await api().get(`/api/risk-disclosures/${id}`)
    expect(live.status).toBe(200)
    // Readers see when it was last reviewed; staff see that it is overdue.
    expect(live.body.lastReviewedAt).toBeTruthy()
    expect(live.body.reviewStatus).toBeUndefined()
    expect(
      (await api().get(`/api/risk-disclosures/${id}`, { token: team.editor.token })).body
        .reviewStatus,
    ).toBe('review-overdue')
    expect(
      (await api().get(`/api/risk-disclosures/${stillFresh}`, { token: team.editor.token })).body
        .reviewStatus,
    ).toBe('approved')
    const mail = await server.mail.waitFor(
      (m) => m.to.includes(team.reviewer.email) && m.subject.startsWith('Re-review overdue'),
    )
    expect(mail.text).toContain('Raised blood pressure')
    expect(mail.text).not.toContain('Nausea')
    const { totalDocs } = await server.payload.count({
      collection: 'review-records',
      where: { and: [{ action: { equals: 'overdue' } }, { documentId: { equals: String(id) } }] },
    })
    expect(totalDocs).toBe(1)

    // Re-review: submit from overdue, approve, republish.
    await approveDocument(api(), 'risk-disclosures', id, team.editor, team.reviewer)
    const republished = await api().patch(
      `/api/risk-disclosures/${id}`,
      { _status: 'published' },
      { token: team.editor.token },
    )
    expect(republished.status).toBe(200)
    expect(
      (await api().get(`/api/risk-disclosures/${id}`, { token: team.editor.token })).body
        .reviewStatus,
    ).toBe('approved')
  })
})

describe('localized content', () => {
  it('hashes every locale: a Spanish-only edit voids the approval', async () => {
    const id = await createDraft('risk-disclosures', disclosureData())
    await approveDocument(api(), 'risk-disclosures', id, team.editor, team.reviewer)
    const edit = await api().patch(
      `/api/risk-disclosures/${id}?draft=true&locale=es`,
      { title: 'Disociación' },
      { token: team.editor.token },
    )
    expect(edit.status).toBe(200)
    expect(edit.body.doc.reviewStatus).toBe('draft')
    const draft = await server.payload.findByID({
      collection: 'risk-disclosures',
      id,
      draft: true,
      locale: 'all',
      overrideAccess: true,
    })
    expect(draft.title).toMatchObject({ en: 'Dissociation during treatment', es: 'Disociación' })
  })

  it('keeps text in rich text when hashing: changing a word in the body voids the approval', async () => {
    const id = await createDraft('articles', articleData())
    await approveDocument(api(), 'articles', id, team.editor, team.reviewer)
    const edit = await api().patch(
      `/api/articles/${id}?draft=true`,
      { body: richText('Ketamine acts on the dopamine system.') },
      { token: team.editor.token },
    )
    expect(edit.body.doc.reviewStatus).toBe('draft')
  })
})
