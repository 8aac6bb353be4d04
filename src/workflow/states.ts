import type { ReviewStatus } from '../fields/review'

export type ReviewAction = 'submit' | 'withdraw' | 'approve' | 'request-changes' | 'mark-overdue'

/** Where each action may start, and where it leads. The README's workflow section draws it. */
const TRANSITIONS: Record<ReviewAction, { from: readonly ReviewStatus[]; to: ReviewStatus }> = {
  submit: { from: ['draft', 'changes-requested', 'review-overdue'], to: 'in-review' },
  withdraw: { from: ['in-review'], to: 'draft' },
  approve: { from: ['in-review'], to: 'approved' },
  'request-changes': { from: ['in-review'], to: 'changes-requested' },
  'mark-overdue': { from: ['approved'], to: 'review-overdue' },
}

/** Where a stored document stands; one saved before the workflow existed is a draft. */
export function reviewStatusOf(doc: Record<string, unknown> | null | undefined): ReviewStatus {
  return (doc?.reviewStatus as ReviewStatus | undefined) ?? 'draft'
}

export function canTransition(from: ReviewStatus, action: ReviewAction): boolean {
  return TRANSITIONS[action].from.includes(from)
}

export function targetStatus(action: ReviewAction): ReviewStatus {
  return TRANSITIONS[action].to
}

export function allowedFrom(action: ReviewAction): readonly ReviewStatus[] {
  return TRANSITIONS[action].from
}

/**
 * A save that changes the reviewed content voids an approval that is waiting to be published or
 * is live (back to draft, with a `voided` record); reverting the text never brings it back. A
 * document in review cannot be changed at all until the submission is taken back.
 */
export const approvalVoidedBy = (current: ReviewStatus): boolean =>
  current === 'approved' || current === 'review-overdue'
