import {
  holdsReviewerRole,
  isApproverOf,
  mayAssignReviewer,
  mayClaimReview,
  mayPublishMedical,
  mayUnpublishMedical,
  maySubmitForReview,
  mayWithdrawSubmission,
  wroteDocument,
  type Actor,
} from '../access/permissions'
import type { ReviewStatus } from '../fields/review'
import { allowedFrom, canTransition } from './states'
import type { MedicalCollection } from './reviewedFields'
import type { LocaleCompleteness } from './translations'

export type { Actor } from '../access/permissions'

/**
 * One unmet condition. `permission` problems make a refusal a 403, `conflict` problems (the
 * content or what depends on it is not what the caller assumed) a 409, the others a 422.
 */
export interface Problem {
  rule: string
  message: string
  kind: 'conflict' | 'permission' | 'state'
  field?: string
}

export interface Reviewer extends Actor {
  licenseExpiresAt?: null | string
}

export interface Decision {
  action: 'approve' | 'request-changes'
  contentHash: string
  actorId: string
  decidedAt: string
  /** The locales an approval covers; absent on approvals recorded before locales were named (they covered every locale). */
  locales?: readonly string[]
}

export const statusCode = (problems: Problem[]): 403 | 409 | 422 => {
  if (problems.some((p) => p.kind === 'permission')) return 403
  return problems.some((p) => p.kind === 'conflict') ? 409 : 422
}

const short = (hash: string | undefined): string => (hash ? hash.slice(0, 12) : 'none')

/** Why `reviewer` may not sign off right now, if at all (license and role; authorship separately). */
export function reviewerQualificationProblems(
  reviewer: Reviewer | null | undefined,
  now: Date,
  subject = 'The reviewer',
): Problem[] {
  if (!reviewer)
    return [
      { rule: 'reviewer-missing', kind: 'permission', message: `${subject} no longer exists.` },
    ]
  const problems: Problem[] = []
  if (!holdsReviewerRole(reviewer)) {
    problems.push({
      rule: 'reviewer-role',
      kind: 'permission',
      message: `${subject} ${subject === 'You' ? 'do' : 'does'} not hold the medical-reviewer role.`,
    })
  }
  const expires = reviewer.licenseExpiresAt ? new Date(reviewer.licenseExpiresAt) : undefined
  if (!expires || Number.isNaN(expires.getTime())) {
    problems.push({
      rule: 'reviewer-license',
      kind: 'permission',
      message: `${subject} ${subject === 'You' ? 'have' : 'has'} no license expiry date on file.`,
    })
  } else if (expires.getTime() <= now.getTime()) {
    problems.push({
      rule: 'reviewer-license',
      kind: 'permission',
      message: `${subject === 'You' ? 'Your' : `${subject}'s`} license expired on ${expires.toISOString().slice(0, 10)}.`,
    })
  }
  return problems
}

export function submitProblems(args: {
  actor: Actor
  authorIds: readonly string[]
  status: ReviewStatus
}): Problem[] {
  const { actor, authorIds, status } = args
  const problems: Problem[] = []
  if (!maySubmitForReview(actor, authorIds)) {
    problems.push({
      rule: 'submit-permission',
      kind: 'permission',
      message: 'Only an author of this document, an editor or an admin can submit it for review.',
    })
  }
  if (!canTransition(status, 'submit')) {
    problems.push({
      rule: 'submit-status',
      kind: 'state',
      field: 'reviewStatus',
      message: `A document can be submitted from ${allowedFrom('submit').join(', ')}; this one is ${status}.`,
    })
  }
  return problems
}

export function withdrawProblems(args: {
  actor: Actor
  authorIds: readonly string[]
  status: ReviewStatus
}): Problem[] {
  const { actor, authorIds, status } = args
  const problems: Problem[] = []
  if (!mayWithdrawSubmission(actor, authorIds)) {
    problems.push({
      rule: 'withdraw-permission',
      kind: 'permission',
      message:
        'Only an author of this document, an editor or an admin can take it back from review.',
    })
  }
  if (!canTransition(status, 'withdraw')) {
    problems.push({
      rule: 'withdraw-status',
      kind: 'state',
      field: 'reviewStatus',
      message: `Only a document in review can be taken back; this one is ${status}.`,
    })
  }
  return problems
}

/** Reviewers never decide on what they wrote: not as a declared author (now or ever), not after saving a change. */
export function wroteDocumentProblems(
  reviewer: Actor,
  contributorIds: readonly string[],
): Problem[] {
  if (!wroteDocument(reviewer, contributorIds)) return []
  return [
    {
      rule: 'reviewer-is-contributor',
      kind: 'permission',
      message:
        'You wrote or changed this document, or are or were one of its authors; another reviewer must decide.',
    },
  ]
}

/**
 * Someone named to review a document (by its submitter or an editor) must be able to decide
 * it: the role, a valid license, and none of its writers. Their shortcomings are facts about
 * the choice, not about the caller's rights, so they refuse with 422 on the `reviewer` field.
 */
export function candidateProblems(
  candidate: Reviewer | null | undefined,
  contributorIds: readonly string[],
  now: Date,
): Problem[] {
  const problems = reviewerQualificationProblems(candidate, now, 'The reviewer you named')
  if (candidate && wroteDocument(candidate, contributorIds)) {
    problems.push({
      rule: 'reviewer-is-contributor',
      kind: 'state',
      message: 'The reviewer you named wrote or changed this document; name another.',
    })
  }
  return problems.map((problem) => ({ ...problem, kind: 'state' as const, field: 'reviewer' }))
}

/** A reviewer takes an unassigned submission from the pool. */
export function claimProblems(args: {
  reviewer: Reviewer
  contributorIds: readonly string[]
  status: ReviewStatus
  assigneeId?: string
  assigneeName?: string
  now: Date
}): Problem[] {
  const { reviewer, status, assigneeId } = args
  if (!mayClaimReview(reviewer)) {
    return [
      {
        rule: 'claim-permission',
        kind: 'permission',
        message: 'Only a medical reviewer can take a review from the pool.',
      },
    ]
  }
  const problems = [
    ...reviewerQualificationProblems(reviewer, args.now, 'You'),
    ...wroteDocumentProblems(reviewer, args.contributorIds),
  ]
  if (status !== 'in-review') {
    problems.push({
      rule: 'claim-status',
      kind: 'state',
      field: 'reviewStatus',
      message: `Only a document in review can be taken; this one is ${status}.`,
    })
  } else if (assigneeId === reviewer.id) {
    problems.push({
      rule: 'claim-own',
      kind: 'state',
      message: 'This review is already assigned to you.',
    })
  } else if (assigneeId) {
    problems.push({
      rule: 'claim-assigned',
      kind: 'conflict',
      message: `This review is assigned to ${args.assigneeName ?? 'another reviewer'}; an editor can reassign it.`,
    })
  }
  return problems
}

/** An editor names (or changes, or clears back to the pool) the reviewer of a document in review. */
export function assignProblems(args: {
  actor: Actor
  status: ReviewStatus
  candidate?: Reviewer | null
  clearing: boolean
  contributorIds: readonly string[]
  now: Date
}): Problem[] {
  const problems: Problem[] = []
  if (!mayAssignReviewer(args.actor)) {
    problems.push({
      rule: 'assign-permission',
      kind: 'permission',
      message: 'Only an editor or an admin can assign or reassign a review.',
    })
  }
  if (args.status !== 'in-review') {
    problems.push({
      rule: 'assign-status',
      kind: 'state',
      field: 'reviewStatus',
      message: `Only a document in review can be assigned; this one is ${args.status}.`,
    })
  }
  if (!args.clearing)
    problems.push(...candidateProblems(args.candidate, args.contributorIds, args.now))
  return problems
}

/**
 * Which locales an approval covers. Named: each must be complete (every reviewed field the
 * default locale has is translated), and the default locale is always among them: it is the
 * source, and every reader's fallback. Not named: the default locale and every complete
 * other locale, so nothing half-translated is ever approved by omission.
 */
export function approvalLocales(args: {
  requested?: readonly string[]
  completeness: readonly LocaleCompleteness[]
  defaultLocale: string
}): { locales: string[]; problems: Problem[] } {
  const { completeness, defaultLocale } = args
  if (!args.requested)
    return {
      locales: completeness.filter((status) => status.complete).map((status) => status.locale),
      problems: [],
    }
  const problems: Problem[] = []
  if (!args.requested.includes(defaultLocale)) {
    problems.push({
      rule: 'default-locale-required',
      kind: 'state',
      field: 'locales',
      message: `An approval always covers the default locale (${defaultLocale}), the source of every translation.`,
    })
  }
  for (const locale of args.requested) {
    const status = completeness.find((entry) => entry.locale === locale)
    if (status && !status.complete) {
      const gaps = status.missing.length > 0 ? status.missing.join(', ') : 'every reviewed field'
      problems.push({
        rule: 'locale-incomplete',
        kind: 'state',
        field: 'locales',
        message: `The ${locale} translation is incomplete (missing: ${gaps}); it cannot be approved until it is translated.`,
      })
    }
  }
  return { locales: [...args.requested], problems }
}

export interface DecisionFacts {
  reviewer: Reviewer
  /** Everyone who created the document, saved a change to its reviewed content, or was ever a declared author. */
  contributorIds: readonly string[]
  status: ReviewStatus
  decision: 'approve' | 'request-changes'
  comment?: string
  openClaimFlags: number
  now: Date
  /** The hash of the version the reviewer looked at, as their request states it. */
  seenHash: string
  /** The hash of the draft as stored now. */
  currentHash: string
  /** The hash the submission pinned. */
  submittedHash: string | undefined
  /** The reviewer the submission is assigned to; none: anyone from the pool may decide. */
  assigneeId?: string
  assigneeName?: string
}

export function decisionProblems(facts: DecisionFacts): Problem[] {
  const { reviewer, contributorIds, status, decision, comment, openClaimFlags, now } = facts
  const problems = [
    ...reviewerQualificationProblems(reviewer, now, 'You'),
    ...wroteDocumentProblems(reviewer, contributorIds),
  ]
  if (facts.assigneeId && facts.assigneeId !== reviewer.id) {
    problems.push({
      rule: 'not-assignee',
      kind: 'permission',
      message: `This review is assigned to ${facts.assigneeName ?? 'another reviewer'}; an editor can reassign it to you.`,
    })
  }
  if (facts.seenHash !== facts.currentHash) {
    problems.push({
      rule: 'content-changed',
      kind: 'conflict',
      field: 'contentHash',
      message: `You reviewed the version with hash ${short(facts.seenHash)}, but the document now holds ${short(facts.currentHash)}. Reload it and review what it holds now.`,
    })
  } else if (status === 'in-review' && facts.submittedHash !== facts.currentHash) {
    problems.push({
      rule: 'submission-changed',
      kind: 'conflict',
      message: `The submission pinned the version with hash ${short(facts.submittedHash)}, but the document now holds ${short(facts.currentHash)}; it must be submitted again.`,
    })
  }
  const hasComment = typeof comment === 'string' && comment.trim().length > 0
  if (decision === 'request-changes' && !hasComment) {
    problems.push({
      rule: 'comment-required',
      kind: 'state',
      field: 'comment',
      message: 'Say what needs to change: a comment is required to request changes.',
    })
  }
  if (decision === 'approve' && openClaimFlags > 0 && !hasComment) {
    problems.push({
      rule: 'claim-flags-need-comment',
      kind: 'state',
      field: 'comment',
      message: `This document has ${openClaimFlags} flagged claim(s); approving it needs a comment on why they are acceptable.`,
    })
  }
  if (!canTransition(status, decision)) {
    problems.push({
      rule: 'decision-status',
      kind: 'state',
      field: 'reviewStatus',
      message: `Only a document in review can be decided; this one is ${status}.`,
    })
  }
  return problems
}

export interface LinkedDocument {
  id: string
  title: string
  published: boolean
}

export interface PublishFacts {
  collection: MedicalCollection
  actor: Actor
  /** Hash of exactly what is being published, in the locales the latest approval covers. */
  hash: string
  /** The locales the content says were approved (the workflow's `approvedLocales`). */
  approvedLocales?: readonly string[]
  /** The review status the published content would have: only `approved` may go live. */
  status: ReviewStatus
  latestDecision?: Decision
  approver?: Reviewer | null
  contributorIds: readonly string[]
  now: Date
  /** Days an approval stays usable for publishing (the re-review interval). */
  reviewIntervalDays: number
  /** Articles: every linked treatment and whether it is published. */
  linkedTreatments?: readonly LinkedDocument[]
  /** Articles: how many references the published version has. */
  referenceCount?: number
  /** Treatments: every linked risk disclosure and whether it is published. */
  linkedDisclosures?: readonly LinkedDocument[]
}

const NOT_APPROVED: Record<Exclude<ReviewStatus, 'approved'>, string> = {
  draft:
    'This draft is not approved: it was never submitted, or a change after the last approval voided it. Submit it for review.',
  'in-review': 'This document is waiting for a medical reviewer.',
  'changes-requested': 'The reviewer asked for changes; submit the revised version for review.',
  'review-overdue':
    'Its re-review date has passed; it needs a new approval before it can be published again.',
}

const DAY_MS = 24 * 60 * 60 * 1000

const sameLocales = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((locale) => b.includes(locale))

/** Every reason the content in `facts` may not go public. An empty list means it may. */
export function publishProblems(facts: PublishFacts): Problem[] {
  const problems: Problem[] = []
  if (!mayPublishMedical(facts.actor)) {
    problems.push({
      rule: 'publish-permission',
      kind: 'permission',
      message: 'Only an editor or an admin can publish medical content.',
    })
  }
  if (facts.status !== 'approved') {
    problems.push({
      rule: 'not-approved',
      kind: 'state',
      field: 'reviewStatus',
      message: NOT_APPROVED[facts.status],
    })
  }
  const decision = facts.latestDecision
  if (!decision) {
    problems.push({
      rule: 'approval-missing',
      kind: 'state',
      message: 'No medical reviewer has approved this document yet.',
    })
  } else if (decision.action !== 'approve') {
    problems.push({
      rule: 'changes-requested',
      kind: 'state',
      message: 'The latest review requested changes; submit the revised version for review.',
    })
  } else {
    if (decision.contentHash !== facts.hash) {
      problems.push({
        rule: 'approval-mismatch',
        kind: 'state',
        message:
          'The content differs from the version the reviewer approved; submit the changed version for review.',
      })
    }
    if (decision.locales && !sameLocales(decision.locales, facts.approvedLocales ?? [])) {
      problems.push({
        rule: 'locales-mismatch',
        kind: 'state',
        field: 'approvedLocales',
        message: `The approval covers ${decision.locales.join(', ')}, but the document names ${(facts.approvedLocales ?? []).join(', ') || 'no locales'} as approved.`,
      })
    }
    const usableUntil = new Date(
      new Date(decision.decidedAt).getTime() + facts.reviewIntervalDays * DAY_MS,
    )
    if (usableUntil.getTime() <= facts.now.getTime()) {
      problems.push({
        rule: 'approval-expired',
        kind: 'state',
        message: `The approval of ${decision.decidedAt.slice(0, 10)} is older than the re-review interval (${facts.reviewIntervalDays} days); it needs a new review.`,
      })
    }
    problems.push(
      ...reviewerQualificationProblems(facts.approver, facts.now, 'The approving reviewer').map(
        (p) => ({ ...p, kind: 'state' as const }),
      ),
    )
    if (wroteDocument({ id: decision.actorId, roles: [] }, facts.contributorIds)) {
      problems.push({
        rule: 'reviewer-is-contributor',
        kind: 'state',
        message:
          'The approving reviewer wrote or changed this document; it needs another reviewer.',
      })
    }
    if (isApproverOf(facts.actor, decision.actorId)) {
      problems.push({
        rule: 'publisher-is-approver',
        kind: 'permission',
        message: 'You approved this document; another editor must publish it.',
      })
    }
  }
  if (facts.collection === 'articles') {
    for (const treatment of facts.linkedTreatments ?? []) {
      if (!treatment.published) {
        problems.push({
          rule: 'treatment-unpublished',
          kind: 'state',
          field: 'treatments',
          message: `Linked treatment "${treatment.title}" (id ${treatment.id}) is not published.`,
        })
      }
    }
    if ((facts.referenceCount ?? 0) < 1) {
      problems.push({
        rule: 'references-required',
        kind: 'state',
        field: 'references',
        message: 'An article needs at least one reference before it can be published.',
      })
    }
  }
  if (facts.collection === 'treatment-options') {
    const disclosures = facts.linkedDisclosures ?? []
    if (disclosures.length === 0) {
      problems.push({
        rule: 'disclosure-required',
        kind: 'state',
        field: 'riskDisclosures',
        message:
          'A treatment needs at least one risk disclosure linked before it can be published.',
      })
    }
    for (const disclosure of disclosures) {
      if (!disclosure.published) {
        problems.push({
          rule: 'disclosure-unpublished',
          kind: 'state',
          field: 'riskDisclosures',
          message: `Linked risk disclosure "${disclosure.title}" (id ${disclosure.id}) is not published; readers would not see a risk the reviewer approved.`,
        })
      }
    }
  }
  return problems
}

/** A live document that needs the one being withdrawn. */
export interface LiveDependent {
  collection: MedicalCollection
  id: string
  title: string
}

/**
 * Fair balance of what is live, kept on every withdrawal: a live treatment shows every risk it
 * links, a live article links only live treatments. Taking away what a live document needs is
 * refused, naming the dependents, until they are withdrawn first.
 */
export function withdrawalProblems(args: {
  actor: Actor
  dependents: readonly LiveDependent[]
}): Problem[] {
  const problems: Problem[] = []
  if (!mayUnpublishMedical(args.actor)) {
    problems.push({
      rule: 'unpublish-permission',
      kind: 'permission',
      message: 'Only an editor or an admin can unpublish medical content.',
    })
  }
  for (const dependent of args.dependents) {
    problems.push({
      rule: 'live-dependent',
      kind: 'conflict',
      message: `Live ${dependent.collection === 'articles' ? 'article' : 'treatment'} "${dependent.title}" (id ${dependent.id}) needs it; unpublish that first.`,
    })
  }
  return problems
}
