import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  approveDocument,
  articleData,
  createTeam,
  disclosureData,
  PASSWORD,
  publishApproved,
  richText,
  treatmentData,
  type Actor,
  type Team,
} from '../helpers/fixtures'
import { fingerprint } from '../helpers/fingerprint'
import { startTestServer, type TestServer } from '../helpers/server'
import { problemFields, problemRules, storedHash } from '../helpers/workflow'

/**
 * Releases pinned to approved versions: every member goes live (or is withdrawn) in one
 * transaction or none does; a member changed after pinning, a voided or stale approval, or a
 * fair-balance dependency neither live nor in the release holds the whole release back, with
 * every member's problems listed; scheduling checks the same when scheduled and when run.
 */

let server: TestServer
let team: Team
let twoHats: Actor

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server.payload, server.api)
  const email = 'two-hats@example.com'
  const user = await server.payload.create({
    collection: 'users',
    data: {
      email,
      password: PASSWORD,
      name: 'Dr. Tom Hart',
      roles: ['editor', 'medical-reviewer'],
      credentials: ['DO'],
      licenseNumber: 'B765432',
      licenseState: 'CA',
      licenseExpiresAt: new Date(Date.now() + 365 * 864e5).toISOString(),
    } as never,
    overrideAccess: true,
  })
  twoHats = { id: user.id, email, token: await server.api.login(email, PASSWORD) }
})

afterAll(async () => {
  await server?.close()
})

const api = () => server.api
const publish = (relationTo: string, value: number | string) => ({
  action: 'publish',
  document: { relationTo, value },
})
const withdraw = (relationTo: string, value: number | string) => ({
  action: 'unpublish',
  document: { relationTo, value },
})

async function draft(collection: string, data: Record<string, unknown>) {
  const response = await api().post(`/api/${collection}`, data, { token: team.editor.token })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as number
}

/** A new treatment, its two new risk disclosures and an article about it, all approved and none live. */
async function launch(name: string) {
  const first = await draft('risk-disclosures', disclosureData({ title: `${name}: dissociation` }))
  const second = await draft(
    'risk-disclosures',
    disclosureData({ title: `${name}: raised blood pressure`, severity: 'serious' }),
  )
  const treatment = await draft(
    'treatment-options',
    treatmentData({ name: `${name} treatment`, riskDisclosures: [first, second] }),
  )
  const article = await draft(
    'articles',
    articleData({ title: `${name} explained`, treatments: [treatment], authors: [team.author.id] }),
  )
  for (const [collection, id] of [
    ['risk-disclosures', first],
    ['risk-disclosures', second],
    ['treatment-options', treatment],
    ['articles', article],
  ] as const) {
    await approveDocument(api(), collection, id, team.editor, team.reviewer)
  }
  return { first, second, treatment, article }
}

async function createRelease(name: string, members: unknown[], token = team.editor.token) {
  return api().post('/api/releases', { name, members }, { token })
}

async function isLive(collection: string, id: number | string) {
  return (await api().get(`/api/${collection}/${id}`)).status === 200
}

describe('a release going live', () => {
  it('publishes a new treatment, its two risk disclosures and an article about it together, each its pinned approved version', async () => {
    const docs = await launch('Launch')
    const members = [
      publish('articles', docs.article),
      publish('treatment-options', docs.treatment),
      publish('risk-disclosures', docs.first),
      publish('risk-disclosures', docs.second),
    ]
    const created = await createRelease('Launch release', members)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const release = created.body.doc
    expect(release.status).toBe('draft')
    expect(release.members[0].contentHash).toBe(
      await storedHash(server.payload, 'articles', docs.article, true, ['en']),
    )
    expect(release.members[0].pinnedLocales).toEqual(['en'])

    // One by one, the article and the treatment cannot go live: what they need is not live.
    const alone = await api().patch(
      `/api/treatment-options/${docs.treatment}`,
      { _status: 'published' },
      { token: team.editor.token },
    )
    expect(problemRules(alone.body)).toEqual(['disclosure-unpublished', 'disclosure-unpublished'])

    const check = await api().get(`/api/releases/${release.id}/check`, { token: team.editor.token })
    expect(check.body).toMatchObject({ ready: true, problems: [] })

    server.mail.clear()
    const published = await api().post(
      `/api/releases/${release.id}/publish`,
      {},
      { token: team.editor.token },
    )
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(published.body).toMatchObject({ status: 'published', problems: [] })
    for (const [collection, id] of [
      ['articles', docs.article],
      ['treatment-options', docs.treatment],
      ['risk-disclosures', docs.first],
      ['risk-disclosures', docs.second],
    ] as const) {
      expect(await isLive(collection, id), `${collection} ${id}`).toBe(true)
      const pinned = published.body.members.find(
        (member: { collection: string; documentId: string }) =>
          member.collection === collection && member.documentId === String(id),
      ).contentHash
      expect(await storedHash(server.payload, collection, id, false, ['en'])).toBe(pinned)
      const {
        docs: [record],
      } = await server.payload.find({
        collection: 'review-records',
        where: {
          and: [
            { documentId: { equals: String(id) } },
            { targetCollection: { equals: collection } },
            { action: { equals: 'publish' } },
          ],
        },
        overrideAccess: true,
      })
      expect(record).toMatchObject({
        contentHash: pinned,
        actorName: 'Eli Editor',
        note: `With release "Launch release" (id ${release.id}).`,
      })
    }
    const stored = await server.payload.findByID({
      collection: 'releases',
      id: release.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ status: 'published', publishedBy: team.editor.id })

    // One message per person: the article's author and the approving reviewer; not the publisher, who pressed the button.
    const mails = server.mail.messages.filter(
      (m) => m.subject === 'Release published: Launch release',
    )
    expect(mails.map((m) => m.to[0]).sort()).toEqual(
      [team.author.email, team.reviewer.email].sort(),
    )
    expect(mails[0].text).toContain(`/admin/collections/articles/${docs.article}`)
    expect(mails[0].text).toContain(`/admin/collections/releases/${release.id}`)

    // The record of what went live together stays as it is.
    const before = await fingerprint(server.payload, ['releases'])
    expect(
      (
        await api().patch(
          `/api/releases/${release.id}`,
          { name: 'Renamed' },
          { token: team.editor.token },
        )
      ).status,
    ).toBe(409)
    expect(
      (await api().delete(`/api/releases/${release.id}`, { token: team.admin.token })).status,
    ).toBe(409)
    expect(
      problemRules(
        (await api().post(`/api/releases/${release.id}/publish`, {}, { token: team.editor.token }))
          .body,
      ),
    ).toContain('release-published')
    expect(await fingerprint(server.payload, ['releases'])).toEqual(before)
  })

  it('is held back whole by a member changed after pinning, listing every member’s problems, and writes nothing', async () => {
    const docs = await launch('Edited')
    const created = await createRelease('Edited release', [
      publish('risk-disclosures', docs.first),
      publish('risk-disclosures', docs.second),
      publish('treatment-options', docs.treatment),
      publish('articles', docs.article),
    ])
    const id = created.body.doc.id
    expect(
      (
        await api().patch(
          `/api/risk-disclosures/${docs.second}?draft=true`,
          { mitigation: 'Changed after pinning.' },
          { token: team.editor.token },
        )
      ).status,
    ).toBe(200)

    const before = await fingerprint(server.payload, [
      'articles',
      'treatment-options',
      'risk-disclosures',
      'review-records',
      'releases',
    ])
    const refused = await api().post(
      `/api/releases/${id}/publish`,
      {},
      { token: team.editor.token },
    )
    expect(refused.status).toBe(422)
    expect(problemRules(refused.body)).toEqual(['pin-stale', 'not-approved', 'approval-mismatch'])
    expect(problemFields(refused.body)).toEqual(['members.1', 'members.1', 'members.1'])
    expect(refused.body.errors[0].message).toContain(
      'risk-disclosures "Edited: raised blood pressure"',
    )
    expect(refused.body.errors[0].message).toContain('changed after it was pinned')
    expect(
      await fingerprint(server.payload, [
        'articles',
        'treatment-options',
        'risk-disclosures',
        'review-records',
        'releases',
      ]),
    ).toEqual(before)
    for (const [collection, member] of [
      ['risk-disclosures', docs.first],
      ['treatment-options', docs.treatment],
      ['articles', docs.article],
    ] as const)
      expect(await isLive(collection, member)).toBe(false)

    const graphql = await api().graphql(
      'query ($id: ID!) { releaseCheck(id: $id) { ready members { documentId problems { rule } } } }',
      { id: String(id) },
      { token: team.admin.token },
    )
    expect(graphql.body.data.releaseCheck.ready).toBe(false)
    expect(
      graphql.body.data.releaseCheck.members.map(
        (member: { problems: unknown[] }) => member.problems.length,
      ),
    ).toEqual([0, 3, 0, 0])
  })

  it('is held back by a dependency that is neither live nor in the release', async () => {
    const docs = await launch('Partial')
    const created = await createRelease('Partial release', [
      publish('treatment-options', docs.treatment),
      publish('risk-disclosures', docs.first),
    ])
    const refused = await api().graphql(
      'mutation ($id: ID!) { publishRelease(id: $id) { status } }',
      { id: String(created.body.doc.id) },
      { token: team.editor.token },
    )
    expect(refused.body.errors?.[0].extensions).toMatchObject({
      statusCode: 422,
      data: { rule: 'disclosure-unpublished' },
    })
    expect(refused.body.errors?.[0].message).toContain('"Partial: raised blood pressure"')
    expect(refused.body.errors?.[0].message).toContain(
      'is not live and this release does not publish it',
    )
    expect(await isLive('risk-disclosures', docs.first)).toBe(false)
  })

  it('keeps four eyes: whoever approved a member cannot publish the release', async () => {
    const id = await draft(
      'risk-disclosures',
      disclosureData({ title: 'Approved by the publisher' }),
    )
    await approveDocument(api(), 'risk-disclosures', id, team.editor, twoHats)
    const created = await createRelease(
      'Four eyes release',
      [publish('risk-disclosures', id)],
      twoHats.token,
    )
    expect(created.status).toBe(201)
    const refused = await api().post(
      `/api/releases/${created.body.doc.id}/publish`,
      {},
      { token: twoHats.token },
    )
    expect(refused.status).toBe(403)
    expect(problemRules(refused.body)).toEqual(['publisher-is-approver'])
    expect(
      (
        await api().post(
          `/api/releases/${created.body.doc.id}/publish`,
          {},
          { token: team.editor.token },
        )
      ).status,
    ).toBe(200)
  })
})

describe('pinning', () => {
  it('pins only approved versions, refuses a stated hash that is not the approved one, and bad members, writing nothing', async () => {
    const unapproved = await draft('risk-disclosures', disclosureData({ title: 'Never approved' }))
    const approved = await draft(
      'risk-disclosures',
      disclosureData({ title: 'Approved for pinning' }),
    )
    await approveDocument(api(), 'risk-disclosures', approved, team.editor, team.reviewer)
    const before = await fingerprint(server.payload, ['releases', 'risk-disclosures'])

    const notApproved = await createRelease('Unapproved', [publish('risk-disclosures', unapproved)])
    expect(notApproved.status).toBe(422)
    expect(problemRules(notApproved.body)).toEqual(['pin-not-approved'])
    expect(problemFields(notApproved.body)).toEqual(['members.0'])

    const wrongHash = await createRelease('Wrong hash', [
      { ...publish('risk-disclosures', approved), contentHash: 'a'.repeat(64) },
    ])
    expect(wrongHash.status).toBe(409)
    expect(problemRules(wrongHash.body)).toEqual(['pin-mismatch'])

    const duplicate = await createRelease('Twice', [
      publish('risk-disclosures', approved),
      withdraw('risk-disclosures', approved),
    ])
    expect(duplicate.status).toBe(400)
    expect(duplicate.body.errors[0].data.errors[0].path).toBe('members.1.document')
    const missing = await createRelease('Missing', [publish('risk-disclosures', 999999)])
    expect(missing.status).toBe(400)
    const bad = await createRelease('Bad', [
      { action: 'publish', document: { relationTo: 'users', value: team.author.id } },
    ])
    expect(bad.status).toBe(400)
    expect(
      (
        await createRelease(
          'By an author',
          [publish('risk-disclosures', approved)],
          team.author.token,
        )
      ).status,
    ).toBe(403)
    expect(
      (
        await createRelease(
          'By a reviewer',
          [publish('risk-disclosures', approved)],
          team.reviewer.token,
        )
      ).status,
    ).toBe(403)
    expect(await fingerprint(server.payload, ['releases', 'risk-disclosures'])).toEqual(before)

    const stated = await createRelease('Stated hash', [
      {
        ...publish('risk-disclosures', approved),
        contentHash: await storedHash(server.payload, 'risk-disclosures', approved, true, ['en']),
      },
    ])
    expect(stated.status).toBe(201)
    // Its state is the workflow's: a client cannot set it.
    const forged = await api().patch(
      `/api/releases/${stated.body.doc.id}`,
      { status: 'published', publishedAt: new Date().toISOString() },
      { token: team.admin.token },
    )
    expect(forged.status).toBe(200)
    expect(forged.body.doc).toMatchObject({ status: 'draft', publishedAt: null })
  })
})

describe('withdrawing as a release', () => {
  it('withdraws an article and its treatment together, which fair balance refuses one by one', async () => {
    const disclosure = await publishApproved(
      api(),
      team,
      'risk-disclosures',
      disclosureData({ title: 'Withdrawn disclosure' }),
    )
    const treatment = await publishApproved(
      api(),
      team,
      'treatment-options',
      treatmentData({ name: 'Withdrawn treatment', riskDisclosures: [disclosure] }),
    )
    const article = await publishApproved(
      api(),
      team,
      'articles',
      articleData({ title: 'Withdrawn article', treatments: [treatment] }),
    )

    const alone = await api().patch(
      `/api/treatment-options/${treatment}`,
      { _status: 'draft' },
      { token: team.editor.token },
    )
    expect(alone.status).toBe(409)
    expect(problemRules(alone.body)).toEqual(['live-dependent'])

    const onlyTreatment = await createRelease('Only the treatment', [
      withdraw('treatment-options', treatment),
    ])
    const refused = await api().post(
      `/api/releases/${onlyTreatment.body.doc.id}/publish`,
      {},
      { token: team.editor.token },
    )
    expect(refused.status).toBe(409)
    expect(problemRules(refused.body)).toEqual(['live-dependent'])
    expect(refused.body.errors[0].message).toContain('Live articles "Withdrawn article"')

    const both = await createRelease('Withdraw both', [
      withdraw('treatment-options', treatment),
      withdraw('articles', article),
    ])
    const done = await api().post(
      `/api/releases/${both.body.doc.id}/publish`,
      {},
      { token: team.editor.token },
    )
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(await isLive('articles', article)).toBe(false)
    expect(await isLive('treatment-options', treatment)).toBe(false)
    expect(await isLive('risk-disclosures', disclosure)).toBe(true)
    const { totalDocs } = await server.payload.count({
      collection: 'review-records',
      where: { and: [{ action: { equals: 'unpublish' } }, { note: { like: 'Withdraw both' } }] },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(2)

    const again = await api().post(
      `/api/releases/${(await createRelease('Already gone', [withdraw('articles', article)])).body.doc.id}/publish`,
      {},
      { token: team.editor.token },
    )
    expect(problemRules(again.body)).toEqual(['member-not-live'])
  })
})

describe('scheduling', () => {
  const soon = (ms: number) => new Date(Date.now() + ms).toISOString()
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  it('checks when scheduled, locks the release, and can be unscheduled', async () => {
    const docs = await launch('Scheduled')
    const broken = await createRelease('Broken schedule', [
      publish('treatment-options', docs.treatment),
    ])
    const before = await fingerprint(server.payload, ['releases', 'payload-jobs'])
    const refused = await api().post(
      `/api/releases/${broken.body.doc.id}/schedule`,
      { publishAt: soon(3_600_000) },
      { token: team.editor.token },
    )
    expect(refused.status).toBe(422)
    expect(problemRules(refused.body)).toEqual(['disclosure-unpublished', 'disclosure-unpublished'])
    for (const publishAt of ['tomorrow', soon(-60_000), soon(400 * 864e5), undefined]) {
      const bad = await api().post(
        `/api/releases/${broken.body.doc.id}/schedule`,
        { publishAt },
        { token: team.editor.token },
      )
      expect(bad.status).toBe(400)
      expect(bad.body.errors[0].data.errors[0].path).toBe('publishAt')
    }
    expect(await fingerprint(server.payload, ['releases', 'payload-jobs'])).toEqual(before)

    const good = await createRelease('Good schedule', [
      publish('treatment-options', docs.treatment),
      publish('risk-disclosures', docs.first),
      publish('risk-disclosures', docs.second),
    ])
    const id = good.body.doc.id
    const publishAt = soon(3_600_000)
    const scheduled = await api().graphql(
      'mutation ($id: ID!, $at: String!) { scheduleRelease(id: $id, publishAt: $at) { status publishAt } }',
      { id: String(id), at: publishAt },
      { token: team.editor.token },
    )
    expect(scheduled.body.errors).toBeUndefined()
    expect(scheduled.body.data.scheduleRelease).toEqual({ status: 'scheduled', publishAt })
    const { docs: jobs } = await server.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'runRelease' } },
      overrideAccess: true,
    })
    expect(jobs).toHaveLength(1)
    expect(new Date(jobs[0].waitUntil!).toISOString()).toBe(publishAt)
    expect(
      (
        await api().patch(
          `/api/releases/${id}`,
          { name: 'Changed while scheduled' },
          { token: team.editor.token },
        )
      ).status,
    ).toBe(409)
    expect(
      problemRules(
        (await api().post(`/api/releases/${id}/publish`, {}, { token: team.editor.token })).body,
      ),
    ).toContain('release-scheduled')

    const unscheduled = await api().post(
      `/api/releases/${id}/unschedule`,
      {},
      { token: team.editor.token },
    )
    expect(unscheduled.status).toBe(200)
    expect(unscheduled.body).toMatchObject({ status: 'draft', publishAt: null })
    expect(
      (
        await server.payload.count({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'runRelease' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
    expect(
      problemRules(
        (await api().post(`/api/releases/${id}/unschedule`, {}, { token: team.editor.token })).body,
      ),
    ).toEqual(['release-not-scheduled'])
  })

  it('checks again when run: goes live as scheduled, or fails whole and tells the people concerned', async () => {
    const docs = await launch('Run')
    const ok = await createRelease('Runs fine', [publish('risk-disclosures', docs.first)])
    const failing = await createRelease('Fails at run time', [
      publish('risk-disclosures', docs.second),
      publish('treatment-options', docs.treatment),
    ])
    expect(
      (
        await api().post(
          `/api/releases/${ok.body.doc.id}/schedule`,
          { publishAt: soon(1500) },
          { token: team.editor.token },
        )
      ).status,
    ).toBe(200)
    // The other cannot be scheduled while a dependency is neither live nor in it: add it, schedule, then change a member.
    expect(
      (
        await api().post(
          `/api/releases/${failing.body.doc.id}/schedule`,
          { publishAt: soon(1500) },
          { token: team.admin.token },
        )
      ).status,
    ).toBe(422)
    const fixed = await api().patch(
      `/api/releases/${failing.body.doc.id}`,
      {
        members: [
          publish('risk-disclosures', docs.second),
          publish('treatment-options', docs.treatment),
          publish('risk-disclosures', docs.first),
        ],
      },
      { token: team.editor.token },
    )
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200)
    expect(
      (
        await api().post(
          `/api/releases/${failing.body.doc.id}/schedule`,
          { publishAt: soon(1500) },
          { token: team.admin.token },
        )
      ).status,
    ).toBe(200)
    expect(
      (
        await api().patch(
          `/api/treatment-options/${docs.treatment}?draft=true`,
          { onset: 'Changed after scheduling' },
          { token: team.editor.token },
        )
      ).status,
    ).toBe(200)

    server.mail.clear()
    await wait(1800)
    await server.payload.jobs.run({ allQueues: true })

    expect(
      (
        await server.payload.findByID({
          collection: 'releases',
          id: ok.body.doc.id,
          overrideAccess: true,
        })
      ).status,
    ).toBe('published')
    expect(await isLive('risk-disclosures', docs.first)).toBe(true)
    const failed = await server.payload.findByID({
      collection: 'releases',
      id: failing.body.doc.id,
      overrideAccess: true,
    })
    expect(failed.status).toBe('failed')
    expect(failed.lastRunProblems?.map((problem) => problem.rule)).toEqual([
      'pin-stale',
      'not-approved',
      'approval-mismatch',
    ])
    expect(await isLive('risk-disclosures', docs.second)).toBe(false)

    const failure = server.mail.messages.filter(
      (m) => m.subject === 'Scheduled release failed: Fails at run time',
    )
    // The admin who scheduled it, the editor who wrote its documents, the reviewer who approved them.
    expect(failure.map((m) => m.to[0]).sort()).toEqual(
      [team.admin.email, team.editor.email, team.reviewer.email].sort(),
    )
    expect(failure[0].text).toContain('changed after it was pinned')
    expect(failure[0].text).toContain(`/admin/collections/releases/${failing.body.doc.id}`)
    // The scheduled publication ran as the editor who scheduled it; they hear of it too.
    const published = server.mail.messages
      .filter((m) => m.subject === 'Release published: Runs fine')
      .map((m) => m.to[0])
    expect(published.sort()).toEqual([team.editor.email, team.reviewer.email].sort())
  })
})

describe('notifications of single documents', () => {
  it('emails the writers and the approver on publication, and everyone concerned when a scheduled publication fails', async () => {
    const id = await draft(
      'articles',
      articleData({
        title: 'Notified article',
        authors: [team.author.id, team.author2.id],
        body: richText('Plain words.'),
      }),
    )
    await approveDocument(api(), 'articles', id, team.editor, team.reviewer)
    server.mail.clear()
    expect(
      (
        await api().patch(
          `/api/articles/${id}`,
          { _status: 'published' },
          { token: team.admin.token },
        )
      ).status,
    ).toBe(200)
    const mails = await server.mail.waitFor((m) => m.subject === 'Published: Notified article')
    expect(mails.text).toContain(`/admin/collections/articles/${id}`)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(
      server.mail.messages
        .filter((m) => m.subject === 'Published: Notified article')
        .map((m) => m.to[0])
        .sort(),
    ).toEqual(
      [team.author.email, team.author2.email, team.editor.email, team.reviewer.email].sort(),
    )

    // Written by the author, scheduled by the editor: both are told.
    const written = await api().post(
      '/api/risk-disclosures',
      disclosureData({ title: 'Scheduled without approval' }),
      { token: team.author.token },
    )
    expect(written.status, JSON.stringify(written.body)).toBe(201)
    const unapproved = written.body.doc.id as number
    server.mail.clear()
    await server.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'risk-disclosures', value: String(unapproved) },
        user: { relationTo: 'users', value: team.editor.id },
      } as never,
    })
    await server.payload.jobs.run({ allQueues: true })
    const failure = await server.mail.waitFor(
      (m) => m.subject === 'Scheduled publication refused: Scheduled without approval',
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(
      server.mail.messages
        .filter((m) => m.subject === failure.subject)
        .map((m) => m.to[0])
        .sort(),
    ).toEqual([team.author.email, team.editor.email].sort())
    expect(failure.text).toContain('No medical reviewer has approved this document yet.')
    expect(failure.text).toContain(`/admin/collections/risk-disclosures/${unapproved}`)
  })
})
