import type { ReviewStatus } from '../fields/review'

export type ReviewAction = 'submit' | 'approve' | 'request-changes' | 'mark-overdue'

/** Where each action may start, and where it leads. The picture is in shared/workflow.md. */
const TRANSITIONS: Record<ReviewAction, { from: readonly ReviewStatus[]; to: ReviewStatus }> = {
  submit: { from: ['draft', 'changes-requested', 'review-overdue'], to: 'in-review' },
  approve: { from: ['in-review'], to: 'approved' },
  'request-changes': { from: ['in-review'], to: 'changes-requested' },
  'mark-overdue': { from: ['approved'], to: 'review-overdue' },
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
 * The status after a save that changed nothing else: any change to reviewed content while a
 * submission or an approval is pending voids it (back to draft). A status nobody is waiting
 * on (draft, changes requested) stays as it is.
 */
export function statusAfterEdit(current: ReviewStatus, hashNow: string, pendingHash: string | undefined): ReviewStatus {
  if (current !== 'in-review' && current !== 'approved' && current !== 'review-overdue') return current
  return pendingHash !== undefined && pendingHash === hashNow ? current : 'draft'
}
