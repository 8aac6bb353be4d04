import { mayPublishRelease, type Actor } from '../access/permissions'
import { publishProblems, type LinkedDocument, type Problem, type PublishFacts } from './rules'

/** What a release may hold: the medical documents and the editorial ones that pages show with them. */
export const RELEASE_COLLECTIONS = [
  'risk-disclosures',
  'treatment-options',
  'articles',
  'clinic-locations',
  'conditions',
] as const
export type ReleaseCollection = (typeof RELEASE_COLLECTIONS)[number]
export const RELEASE_STATUSES = ['draft', 'scheduled', 'published', 'failed'] as const
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number]
export const RELEASE_ACTIONS = ['publish', 'unpublish'] as const
export type ReleaseAction = (typeof RELEASE_ACTIONS)[number]

export interface DocumentRef {
  collection: ReleaseCollection
  id: string
  title: string
}

/** One member of a release, as it stands now. */
export interface MemberFacts extends DocumentRef {
  index: number
  action: ReleaseAction
  /** The document still exists, and is the one that was pinned (ids can come back after a delete). */
  exists: boolean
  sameDocument: boolean
  /** Its public version is live now. */
  live: boolean
  /** Publications: the pinned hash, and the hash of the latest draft over the same locales. */
  pinnedHash?: string
  currentHash?: string
  /** Medical publications: the facts of publishing the latest draft (its links, judged against the release below). */
  publication?: PublishFacts
  /** Withdrawals: the live documents that need this one. */
  dependents: DocumentRef[]
}

const key = (ref: { collection: string; id: string }): string => `${ref.collection}:${ref.id}`
const labelOf = (ref: DocumentRef): string => `${ref.collection} "${ref.title}" (id ${ref.id})`
const short = (hash: string | undefined): string => (hash ? hash.slice(0, 12) : 'none')

/** Which documents are live once the release has run: those it publishes, and those live now that it does not withdraw. */
export function liveAfter(
  members: readonly MemberFacts[],
): (ref: { collection: string; id: string; published: boolean }) => boolean {
  const publishing = new Set(members.filter((member) => member.action === 'publish').map(key))
  const withdrawing = new Set(members.filter((member) => member.action === 'unpublish').map(key))
  return (ref) => publishing.has(key(ref)) || (ref.published && !withdrawing.has(key(ref)))
}

const linked = (
  links: readonly LinkedDocument[] | undefined,
  collection: string,
  isLive: ReturnType<typeof liveAfter>,
): LinkedDocument[] | undefined =>
  links?.map((link) => ({
    ...link,
    published: isLive({ collection, id: link.id, published: link.published }),
  }))

function publicationProblems(member: MemberFacts, isLive: ReturnType<typeof liveAfter>): Problem[] {
  const problems: Problem[] = []
  if (!member.pinnedHash) {
    problems.push({
      rule: 'pin-missing',
      kind: 'state',
      message: 'No version is pinned; add it to the release again.',
    })
    return problems
  }
  if (member.currentHash !== member.pinnedHash) {
    problems.push({
      rule: 'pin-stale',
      kind: 'state',
      message: `It was changed after it was pinned (pinned ${short(member.pinnedHash)}, now ${short(member.currentHash)}); the release publishes only the pinned version. Have the change reviewed and pin it again, or undo it.`,
    })
  }
  const facts = member.publication
  if (!facts) return problems
  const decision = facts.latestDecision
  if (decision?.action === 'approve' && decision.contentHash !== member.pinnedHash) {
    problems.push({
      rule: 'pin-not-approved',
      kind: 'state',
      message: `The latest approval (${short(decision.contentHash)}) is not of the pinned version; pin the approved version again.`,
    })
  }
  // Fair balance is judged on what is live once the release has run, not on what is live now.
  const judged: PublishFacts = {
    ...facts,
    linkedTreatments: linked(facts.linkedTreatments, 'treatment-options', isLive),
    linkedDisclosures: linked(facts.linkedDisclosures, 'risk-disclosures', isLive),
  }
  for (const problem of publishProblems(judged)) {
    const dependency =
      problem.rule === 'treatment-unpublished' || problem.rule === 'disclosure-unpublished'
    problems.push(
      dependency
        ? {
            ...problem,
            message: `${problem.message.replace(/ is not published.*$/, ' is not live and this release does not publish it')}.`,
          }
        : problem,
    )
  }
  return problems
}

function withdrawalProblems(
  member: MemberFacts,
  members: readonly MemberFacts[],
  isLive: ReturnType<typeof liveAfter>,
): Problem[] {
  if (!member.live)
    return [
      {
        rule: 'member-not-live',
        kind: 'state',
        message: 'It is not live, so there is nothing to withdraw.',
      },
    ]
  // Live documents that keep needing it: those the release leaves live, and those it publishes linking it.
  const publishedLinking = members.filter(
    (other) =>
      other.action === 'publish' &&
      [
        ...(other.publication?.linkedTreatments ?? []),
        ...(other.publication?.linkedDisclosures ?? []),
      ].some((link) => link.id === member.id) &&
      (member.collection === 'treatment-options'
        ? other.collection === 'articles'
        : other.collection === 'treatment-options'),
  )
  const needing = [
    ...member.dependents.filter((dependent) => isLive({ ...dependent, published: true })),
    ...publishedLinking,
  ]
  return needing.map((dependent) => ({
    rule: 'live-dependent',
    kind: 'conflict',
    message: `Live ${labelOf(dependent)} needs it; withdraw that in this release too.`,
  }))
}

/**
 * Every reason a release may not run now, member by member: the whole release is published in
 * one transaction or not at all, so one member's problem holds back every member. `running`
 * is true for the scheduled run itself (a scheduled release is otherwise run by unscheduling it).
 */
export function releaseProblems(args: {
  actor: Actor
  status: ReleaseStatus
  members: readonly MemberFacts[]
  running?: boolean
}): Problem[] {
  const problems: Problem[] = []
  if (!mayPublishRelease(args.actor)) {
    problems.push({
      rule: 'release-permission',
      kind: 'permission',
      message: 'Only an editor or an admin can publish a release.',
    })
  }
  if (args.status === 'published')
    problems.push({
      rule: 'release-published',
      kind: 'state',
      field: 'status',
      message: 'This release has been published already.',
    })
  if (args.status === 'scheduled' && !args.running) {
    problems.push({
      rule: 'release-scheduled',
      kind: 'state',
      field: 'status',
      message: 'This release is scheduled; unschedule it to publish it now or to change it.',
    })
  }
  if (args.members.length === 0)
    problems.push({
      rule: 'release-empty',
      kind: 'state',
      field: 'members',
      message: 'This release has no documents.',
    })
  const isLive = liveAfter(args.members)
  for (const member of args.members) {
    const own: Problem[] = !member.exists
      ? [{ rule: 'member-missing', kind: 'state', message: 'It no longer exists.' }]
      : !member.sameDocument
        ? [
            {
              rule: 'member-replaced',
              kind: 'state',
              message:
                'It is not the document that was pinned (that one was deleted); add the document again.',
            },
          ]
        : member.action === 'publish'
          ? publicationProblems(member, isLive)
          : withdrawalProblems(member, args.members, isLive)
    for (const problem of own)
      problems.push({
        ...problem,
        field: `members.${member.index}`,
        message: `${labelOf(member)}: ${problem.message}`,
      })
  }
  return problems
}
