import { createLocalReq, type CollectionSlug, type PayloadRequest } from 'payload'

import type { Actor } from '../access/permissions'
import { lockDocument } from '../db/locks'
import { fieldError, RuleViolation } from '../errors'
import { reviewStatusOf } from './states'
import { mainStatus } from '../hooks/publicationState'
import type { Release, User } from '../payload-types'
import { releaseContext, workflowContext, type ReleaseRun } from './context'
import { contentHash, editorialHash } from './contentHash'
import { liveDependents } from './liveBalance'
import { adminLink, emailsOf, sendToEach } from './notify'
import { publicationFacts } from './publication'
import {
  RELEASE_COLLECTIONS,
  releaseProblems,
  type MemberFacts,
  type ReleaseAction,
  type ReleaseCollection,
  type ReleaseStatus,
} from './releaseRules'
import { isMedicalCollection } from './reviewedFields'
import { refusal } from './service'
import {
  actorOf,
  contributorIdsOf,
  decisionOf,
  latestRecord,
  readAllLocales,
  type Doc,
  titleOf,
} from './store'
import { skipsNotifications } from '../lib/sideEffects'
import { nestedReq, withTransaction } from '../lib/requests'
import { idOf } from '../lib/ids'

export const RUN_RELEASE_TASK = 'runRelease'

/** The longest a release may be scheduled ahead. */
const MAX_SCHEDULE_DAYS = 366
const DAY_MS = 24 * 60 * 60 * 1000

/** The order a release writes in: what others need goes live first, and is withdrawn last. */
const PUBLISH_ORDER: readonly ReleaseCollection[] = [
  'clinic-locations',
  'conditions',
  'risk-disclosures',
  'treatment-options',
  'articles',
]

export interface Pin {
  contentHash: string
  /** Medical documents: the locales the approval covers. */
  locales?: string[]
  documentKey?: string
}

export type PinResult = { pin: Pin } | { problem: string }

/**
 * The version of a document a release may pin now: for medical content, its latest approval,
 * when the latest draft is exactly what was approved; for editorial content, its latest draft.
 */
export async function currentPin(
  req: PayloadRequest,
  collection: ReleaseCollection,
  id: number | string,
): Promise<PinResult | undefined> {
  const draft = await readAllLocales(req, collection, id, true)
  if (!draft) return undefined
  const fields = req.payload.collections[collection].config.fields
  if (!isMedicalCollection(collection))
    return { pin: { contentHash: editorialHash(collection, fields, draft) } }
  const decision = decisionOf(await latestRecord(req, collection, draft, ['decision']))
  const status = reviewStatusOf(draft)
  if (!decision || decision.action !== 'approve' || status !== 'approved') {
    return { problem: `It is ${status}, not approved: only an approved version can be pinned.` }
  }
  const hash = contentHash(collection, fields, draft, decision.locales)
  if (hash !== decision.contentHash)
    return { problem: 'Its latest draft is not the approved version.' }
  return {
    pin: {
      contentHash: hash,
      locales: decision.locales ? [...decision.locales] : undefined,
      documentKey: typeof draft.documentKey === 'string' ? draft.documentKey : undefined,
    },
  }
}

type Member = NonNullable<Release['members']>[number]

export const memberRef = (
  member: Member,
): { collection: ReleaseCollection; id: string } | undefined => {
  const document = member.document as { relationTo?: string; value?: unknown } | null | undefined
  const id = idOf(document?.value)
  if (
    !document?.relationTo ||
    !id ||
    !(RELEASE_COLLECTIONS as readonly string[]).includes(document.relationTo)
  )
    return undefined
  return { collection: document.relationTo as ReleaseCollection, id }
}

async function memberFacts(
  req: PayloadRequest,
  member: Member,
  index: number,
  actor: Actor,
): Promise<MemberFacts> {
  const action = (member.action ?? 'publish') as ReleaseAction
  const ref = memberRef(member)
  const relationTo = ((member.document as { relationTo?: ReleaseCollection } | null)?.relationTo ??
    'articles') as ReleaseCollection
  if (!ref)
    return {
      collection: relationTo,
      id: '',
      title: 'a document that no longer exists',
      index,
      action,
      dependents: [],
      exists: false,
      sameDocument: false,
      live: false,
    }
  const draft = await readAllLocales(req, ref.collection, ref.id, true)
  const base = {
    ...ref,
    index,
    action,
    title: draft ? titleOf(draft) : `missing ${ref.collection}`,
    dependents: [],
  }
  if (!draft) return { ...base, exists: false, sameDocument: false, live: false }
  const live = (await mainStatus(req, ref.collection, ref.id)) === 'published'
  const sameDocument = !member.documentKey || member.documentKey === draft.documentKey
  const fields = req.payload.collections[ref.collection].config.fields
  if (action === 'unpublish') {
    const dependents = isMedicalCollection(ref.collection)
      ? await liveDependents(req, ref.collection, ref.id)
      : []
    return { ...base, exists: true, sameDocument, live, dependents }
  }
  const medical = isMedicalCollection(ref.collection)
  const locales =
    member.pinnedLocales && member.pinnedLocales.length > 0 ? member.pinnedLocales : undefined
  return {
    ...base,
    exists: true,
    sameDocument,
    live,
    pinnedHash: member.contentHash ?? undefined,
    currentHash: medical
      ? contentHash(ref.collection as never, fields, draft, locales)
      : editorialHash(ref.collection, fields, draft),
    publication: medical
      ? await publicationFacts(
          req,
          ref.collection as never,
          ref.id,
          draft,
          actor,
          reviewStatusOf(draft),
        )
      : undefined,
  }
}

export interface ReleaseCheck {
  release: Release
  members: MemberFacts[]
  problems: ReturnType<typeof releaseProblems>
}

async function loadRelease(req: PayloadRequest, id: number | string): Promise<Release> {
  const release = (await req.payload.findByID({
    collection: 'releases',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req: nestedReq(req),
  })) as Release | null
  if (!release) throw new RuleViolation(404, `No release with id ${id}.`, { rule: 'not-found' })
  return release
}

/** Everything that would stop the release from running now, as `actor`. */
export async function checkRelease(
  req: PayloadRequest,
  id: number | string,
  actor: Actor,
  running = false,
): Promise<ReleaseCheck> {
  const release = await loadRelease(req, id)
  const members: MemberFacts[] = []
  for (const [index, member] of (release.members ?? []).entries())
    members.push(await memberFacts(req, member, index, actor))
  const problems = releaseProblems({
    actor,
    status: (release.status ?? 'draft') as ReleaseStatus,
    members,
    running,
  })
  return { release, members, problems }
}

async function writeReleaseState(
  req: PayloadRequest,
  id: number | string,
  data: Partial<Release>,
): Promise<Release> {
  return (await req.payload.update({
    collection: 'releases',
    id,
    data,
    depth: 0,
    overrideAccess: true,
    req: nestedReq(req),
    context: workflowContext(),
  })) as Release
}

/** Who should hear about a release: everyone who wrote, submitted, approved or reviews its documents, and its publisher. */
async function releaseRecipients(
  req: PayloadRequest,
  members: readonly MemberFacts[],
  extra: Array<string | undefined>,
): Promise<string[]> {
  const ids: Array<string | undefined> = [...extra]
  for (const member of members) {
    if (!member.exists || !isMedicalCollection(member.collection)) continue
    const doc = (await readAllLocales(req, member.collection, member.id, true)) as Doc
    ids.push(
      ...contributorIdsOf(doc),
      idOf(doc.submittedBy),
      idOf(doc.medicalReviewer),
      idOf(doc.assignedReviewer),
    )
  }
  return [...new Set(ids.filter((value): value is string => Boolean(value)))]
}

const memberLines = (req: PayloadRequest, members: readonly MemberFacts[]): string[] =>
  members.map(
    (member) =>
      `- ${member.action === 'publish' ? 'Published' : 'Withdrawn'}: ${member.title} (${member.collection}): ${adminLink(req.payload, member.collection, member.id)}`,
  )

export interface ReleaseResult {
  id: string
  name: string
  status: ReleaseStatus
  publishAt: null | string
  publishedAt: null | string
  members: Array<{
    index: number
    action: ReleaseAction
    collection: ReleaseCollection
    documentId: string
    title: string
    contentHash: null | string
    problems: Array<{ rule: string; message: string }>
  }>
  problems: Array<{ rule: string; message: string; field?: string }>
}

export function releaseResult(
  check: Pick<ReleaseCheck, 'members' | 'problems'>,
  release: Release,
): ReleaseResult {
  return {
    id: String(release.id),
    name: release.name,
    status: (release.status ?? 'draft') as ReleaseStatus,
    publishAt: release.publishAt ?? null,
    publishedAt: release.publishedAt ?? null,
    members: check.members.map((member) => ({
      index: member.index,
      action: member.action,
      collection: member.collection,
      documentId: member.id,
      title: member.title,
      contentHash: member.pinnedHash ?? null,
      problems: check.problems
        .filter((problem) => problem.field === `members.${member.index}`)
        .map(({ rule, message }) => ({ rule, message })),
    })),
    problems: check.problems.map(({ rule, message, field }) => ({ rule, message, field })),
  }
}

/** Applies every member's action, in dependency order, inside the caller's transaction. */
async function applyMembers(
  req: PayloadRequest,
  check: ReleaseCheck,
  run: ReleaseRun,
): Promise<void> {
  const rank = (member: MemberFacts) => PUBLISH_ORDER.indexOf(member.collection)
  const publishing = check.members
    .filter((member) => member.action === 'publish')
    .sort((a, b) => rank(a) - rank(b))
  const withdrawing = check.members
    .filter((member) => member.action === 'unpublish')
    .sort((a, b) => rank(b) - rank(a))
  for (const member of [...publishing, ...withdrawing]) {
    await req.payload.update({
      collection: member.collection as CollectionSlug,
      id: member.id,
      data: { _status: member.action === 'publish' ? 'published' : 'draft' },
      draft: false,
      depth: 0,
      overrideAccess: !req.user,
      user: req.user ?? undefined,
      req: nestedReq(req),
      context: releaseContext({}, run),
    })
    if (member.action !== 'publish') continue
    // What went live is exactly the pinned version, or the whole release is rolled back.
    const published = await readAllLocales(req, member.collection, member.id, false)
    const fields = req.payload.collections[member.collection].config.fields
    const locales = check.release.members?.[member.index]?.pinnedLocales ?? []
    const hash =
      published &&
      (isMedicalCollection(member.collection)
        ? contentHash(
            member.collection,
            fields,
            published,
            locales.length > 0 ? locales : undefined,
          )
        : editorialHash(member.collection, fields, published))
    if (hash !== member.pinnedHash) {
      throw new RuleViolation(
        409,
        `${member.collection} ${member.id} changed while the release was being published; nothing was published.`,
        { rule: 'pin-stale', field: `members.${member.index}` },
      )
    }
  }
}

/**
 * `POST /api/releases/{id}/publish` and `publishRelease`: every member's publication or
 * withdrawal in one transaction, or none of them. Checked in full first (every member's
 * problems, 422), then written in dependency order, each write passing the sign-off hooks
 * again, each publication confirmed to be its pinned version.
 */
export async function publishRelease(
  req: PayloadRequest,
  id: number | string,
  options: { running?: boolean; scheduledBy?: string } = {},
): Promise<ReleaseResult> {
  if (!req.user && !options.running)
    throw new RuleViolation(403, 'Log in to publish a release.', { rule: 'login-required' })
  const actor = actorOf(req)
  const { check, release } = await withTransaction(req, async () => {
    await lockDocument(req, 'releases', id)
    const before = await loadRelease(req, id)
    for (const member of before.members ?? []) {
      const ref = memberRef(member)
      if (ref) await lockDocument(req, ref.collection, ref.id)
    }
    const checked = await checkRelease(req, id, actor, options.running)
    if (checked.problems.length > 0)
      throw refusal(
        `Release "${checked.release.name}" cannot be published; nothing was published.`,
        checked.problems,
      )
    await applyMembers(req, checked, {
      id: String(id),
      name: checked.release.name,
      by: options.scheduledBy,
    })
    const written = await writeReleaseState(req, id, {
      status: 'published',
      publishedAt: new Date().toISOString(),
      publishedBy: (req.user?.id ?? null) as never,
      lastRunProblems: [],
    })
    return { check: checked, release: written }
  })
  if (!skipsNotifications(req.context)) {
    const except = options.running ? undefined : String(req.user?.id ?? '')
    await sendToEach(req.payload, {
      to: await emailsOf(
        req.payload,
        await releaseRecipients(req, check.members, [req.user ? String(req.user.id) : undefined]),
        except,
      ),
      subject: `Release published: ${release.name}`,
      text: [
        `${req.user?.name ?? 'A scheduled run'} published the release "${release.name}"; all of it is live together:`,
        ...memberLines(req, check.members),
        `Open the release: ${adminLink(req.payload, 'releases', id)}`,
      ].join('\n'),
    })
  }
  return releaseResult(check, release)
}

/** A publish time from a body: ISO, in the future, at most a year ahead. */
function readPublishAt(input: Record<string, unknown>, now: Date): string {
  const value = input.publishAt
  const date = typeof value === 'string' ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime()))
    throw fieldError(
      'releases',
      'publishAt',
      'publishAt must be an ISO 8601 date and time, e.g. 2026-12-01T08:00:00Z.',
    )
  if (date.getTime() <= now.getTime())
    throw fieldError('releases', 'publishAt', 'publishAt must be in the future.')
  if (date.getTime() > now.getTime() + MAX_SCHEDULE_DAYS * DAY_MS)
    throw fieldError('releases', 'publishAt', `publishAt must be within ${MAX_SCHEDULE_DAYS} days.`)
  return date.toISOString()
}

/**
 * `POST /api/releases/{id}/schedule` and `scheduleRelease`: checked now exactly as a publish
 * would be (and checked again when it runs), then queued to run at `publishAt`.
 */
export async function scheduleRelease(
  req: PayloadRequest,
  id: number | string,
  input: Record<string, unknown>,
): Promise<ReleaseResult> {
  if (!req.user)
    throw new RuleViolation(403, 'Log in to schedule a release.', { rule: 'login-required' })
  const publishAt = readPublishAt(input, new Date())
  return withTransaction(req, async () => {
    await lockDocument(req, 'releases', id)
    const check = await checkRelease(req, id, actorOf(req))
    if (check.problems.length > 0)
      throw refusal(`Release "${check.release.name}" cannot be scheduled.`, check.problems)
    const job = await req.payload.jobs.queue({
      task: 'runRelease',
      input: { release: String(id) },
      waitUntil: new Date(publishAt),
      req: nestedReq(req),
    })
    const release = await writeReleaseState(req, id, {
      status: 'scheduled',
      publishAt,
      scheduledBy: req.user!.id as never,
      scheduledJob: String(job.id),
      lastRunProblems: [],
    })
    return releaseResult(check, release)
  })
}

/** `POST /api/releases/{id}/unschedule` and `unscheduleRelease`: back to a draft release; the queued run is removed. */
export async function unscheduleRelease(
  req: PayloadRequest,
  id: number | string,
): Promise<ReleaseResult> {
  if (!req.user)
    throw new RuleViolation(403, 'Log in to unschedule a release.', { rule: 'login-required' })
  return withTransaction(req, async () => {
    await lockDocument(req, 'releases', id)
    const check = await checkRelease(req, id, actorOf(req))
    const problems = [
      ...check.problems.filter((problem) => problem.rule === 'release-permission'),
      ...(check.release.status === 'scheduled'
        ? []
        : [
            {
              rule: 'release-not-scheduled',
              kind: 'state' as const,
              field: 'status',
              message: 'This release is not scheduled.',
            },
          ]),
    ]
    if (problems.length > 0) throw refusal('Cannot unschedule this release.', problems)
    if (check.release.scheduledJob) {
      await req.payload.db.deleteOne({
        collection: 'payload-jobs',
        where: { id: { equals: check.release.scheduledJob } },
        req: nestedReq(req),
      })
    }
    const release = await writeReleaseState(req, id, {
      status: 'draft',
      publishAt: null,
      scheduledBy: null,
      scheduledJob: null,
    })
    return releaseResult(check, release)
  })
}

/**
 * The scheduled run (task `runRelease`), as the person who scheduled it: checked again in
 * full, then published; a refusal marks the release failed, keeps the reasons on it and
 * emails the scheduler and everyone who wrote, approved or reviews its documents.
 */
export async function runScheduledRelease(
  jobReq: PayloadRequest,
  releaseId: string,
  jobId: string,
): Promise<{ published: boolean }> {
  const { payload } = jobReq
  const release = (await payload.findByID({
    collection: 'releases',
    id: releaseId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Release | null
  // Unscheduled, rescheduled or deleted since: this run is not the release's any more.
  if (!release || release.status !== 'scheduled' || release.scheduledJob !== jobId)
    return { published: false }
  const schedulerId = idOf(release.scheduledBy)
  const scheduler = schedulerId
    ? ((await payload.findByID({
        collection: 'users',
        id: schedulerId,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })) as User | null)
    : null
  const req = await createLocalReq(
    {
      user: scheduler ? ({ ...scheduler, collection: 'users' } as never) : undefined,
      context: jobReq.context,
    },
    payload,
  )
  try {
    await publishRelease(req, releaseId, { running: true, scheduledBy: scheduler?.name })
    return { published: true }
  } catch (error) {
    if (!(error instanceof RuleViolation)) throw error
    const problems = error.data?.problems ?? [
      { rule: error.data?.rule ?? 'refused', message: error.message },
    ]
    const failedReq = await createLocalReq({ context: jobReq.context }, payload)
    await withTransaction(failedReq, () =>
      writeReleaseState(failedReq, releaseId, {
        status: 'failed',
        scheduledJob: null,
        lastRunProblems: problems.map(({ rule, message, field }) => ({ rule, message, field })),
      }),
    )
    if (!skipsNotifications(jobReq.context)) {
      const check = await checkRelease(failedReq, releaseId, actorOf(req), true)
      await sendToEach(payload, {
        to: await emailsOf(
          payload,
          await releaseRecipients(failedReq, check.members, [schedulerId]),
        ),
        subject: `Scheduled release failed: ${release.name}`,
        text: [
          `The release "${release.name}" was due to be published at ${release.publishAt}, but was refused; nothing of it was published:`,
          ...problems.map((problem) => `- ${problem.message}`),
          `Open the release: ${adminLink(payload, 'releases', releaseId)}`,
        ].join('\n'),
      })
    }
    return { published: false }
  }
}
