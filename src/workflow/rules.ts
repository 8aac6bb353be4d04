import type { ReviewStatus } from '../fields/review'
import { allowedFrom, canTransition } from './states'
import type { MedicalCollection } from './reviewedFields'

/** One unmet condition. `permission` problems make a refusal a 403; the others a 422. */
export interface Problem {
  rule: string
  message: string
  kind: 'permission' | 'state'
  field?: string
}

export interface Actor {
  id: string
  roles: readonly string[]
  /** A Local API call by server code (seed, jobs): no user, trusted to act. */
  isSystem?: boolean
}

export interface Reviewer extends Actor {
  licenseExpiresAt?: null | string
}

export interface Decision {
  action: 'approve' | 'request-changes'
  contentHash: string
  actorId: string
}

export const statusCode = (problems: Problem[]): 403 | 422 => (problems.some((p) => p.kind === 'permission') ? 403 : 422)

const isEditor = (actor: Actor) => actor.isSystem === true || actor.roles.includes('editor') || actor.roles.includes('admin')

/** Why `reviewer` may not sign off right now, if at all (licence and role; authorship separately). */
export function reviewerQualificationProblems(reviewer: Reviewer | null | undefined, now: Date, subject = 'The reviewer'): Problem[] {
  if (!reviewer) return [{ rule: 'reviewer-missing', kind: 'permission', message: `${subject} no longer exists.` }]
  const problems: Problem[] = []
  if (!reviewer.roles.includes('medical-reviewer')) {
    problems.push({ rule: 'reviewer-role', kind: 'permission', message: `${subject} ${subject === 'You' ? 'do' : 'does'} not hold the medical-reviewer role.` })
  }
  const expires = reviewer.licenseExpiresAt ? new Date(reviewer.licenseExpiresAt) : undefined
  if (!expires || Number.isNaN(expires.getTime())) {
    problems.push({ rule: 'reviewer-licence', kind: 'permission', message: `${subject} ${subject === 'You' ? 'have' : 'has'} no licence expiry date on file.` })
  } else if (expires.getTime() <= now.getTime()) {
    problems.push({ rule: 'reviewer-licence', kind: 'permission', message: `${subject === 'You' ? 'Your' : `${subject}'s`} licence expired on ${expires.toISOString().slice(0, 10)}.` })
  }
  return problems
}

export function submitProblems(args: { actor: Actor; authorIds: readonly string[]; status: ReviewStatus }): Problem[] {
  const { actor, authorIds, status } = args
  const problems: Problem[] = []
  if (!isEditor(actor) && !authorIds.includes(actor.id)) {
    problems.push({ rule: 'submit-permission', kind: 'permission', message: 'Only an author of this document, an editor or an admin can submit it for review.' })
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

export function decisionProblems(args: {
  reviewer: Reviewer
  authorIds: readonly string[]
  status: ReviewStatus
  decision: 'approve' | 'request-changes'
  comment?: string
  openClaimFlags: number
  now: Date
}): Problem[] {
  const { reviewer, authorIds, status, decision, comment, openClaimFlags, now } = args
  const problems = reviewerQualificationProblems(reviewer, now, 'You')
  if (authorIds.includes(reviewer.id)) {
    problems.push({ rule: 'reviewer-is-author', kind: 'permission', message: 'You are an author of this document; another reviewer must decide.' })
  }
  const hasComment = typeof comment === 'string' && comment.trim().length > 0
  if (decision === 'request-changes' && !hasComment) {
    problems.push({ rule: 'comment-required', kind: 'state', field: 'comment', message: 'Say what needs to change: a comment is required to request changes.' })
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
    problems.push({ rule: 'decision-status', kind: 'state', field: 'reviewStatus', message: `Only a document in review can be decided; this one is ${status}.` })
  }
  return problems
}

export interface PublishFacts {
  collection: MedicalCollection
  actor: Actor
  /** Hash of exactly what is being published. */
  hash: string
  latestDecision?: Decision
  approver?: Reviewer | null
  authorIds: readonly string[]
  now: Date
  /** Articles: every linked treatment and whether it is published. */
  linkedTreatments?: ReadonlyArray<{ id: string; title: string; published: boolean }>
  /** Articles: how many references the published version has. */
  referenceCount?: number
  /** Treatments: how many linked risk disclosures are published. */
  publishedDisclosures?: number
}

/** Every reason the content in `facts` may not go public. An empty list means it may. */
export function publishProblems(facts: PublishFacts): Problem[] {
  const problems: Problem[] = []
  if (!isEditor(facts.actor)) {
    problems.push({ rule: 'publish-permission', kind: 'permission', message: 'Only an editor or an admin can publish medical content.' })
  }
  const decision = facts.latestDecision
  if (!decision) {
    problems.push({ rule: 'approval-missing', kind: 'state', message: 'No medical reviewer has approved this document yet.' })
  } else if (decision.action !== 'approve') {
    problems.push({ rule: 'changes-requested', kind: 'state', message: 'The latest review requested changes; submit the revised version for review.' })
  } else {
    if (decision.contentHash !== facts.hash) {
      problems.push({
        rule: 'approval-mismatch',
        kind: 'state',
        message: 'The content differs from the version the reviewer approved; submit the changed version for review.',
      })
    }
    problems.push(...reviewerQualificationProblems(facts.approver, facts.now, 'The approving reviewer').map((p) => ({ ...p, kind: 'state' as const })))
    if (facts.authorIds.includes(decision.actorId)) {
      problems.push({ rule: 'reviewer-is-author', kind: 'state', message: 'The approving reviewer is now an author of this document; it needs another reviewer.' })
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
      problems.push({ rule: 'references-required', kind: 'state', field: 'references', message: 'An article needs at least one reference before it can be published.' })
    }
  }
  if (facts.collection === 'treatment-options' && (facts.publishedDisclosures ?? 0) < 1) {
    problems.push({
      rule: 'disclosure-required',
      kind: 'state',
      field: 'riskDisclosures',
      message: 'A treatment needs at least one published risk disclosure linked before it can be published.',
    })
  }
  return problems
}
