import type { ReviewStatus } from '../../fields/review'
import type { MedicalCollection } from '../../workflow/reviewedFields'

/** The name the admin's review components call the server with (registered in the admin layout). */
export const REVIEW_STATE_FUNCTION = 'clinic-review-state'

// A type, not an interface: server function arguments must be a plain record.
export type ReviewStateArgs = {
  collection: MedicalCollection
  id: number | string
}

export interface PersonLine {
  name: string
  credentials: string
}

export interface DecisionSummary {
  decision: 'approve' | 'request-changes'
  reviewer: PersonLine
  decidedAt: string
  comment: string | null
  versionId: string | null
}

export interface ClaimFlagSummary {
  phrase: string
  field: string
  locale: string
  excerpt: string
}

/** Everything the review panel and the publish control show for one document, as seen by the current user. */
export interface ReviewState {
  status: ReviewStatus
  lastDecision: DecisionSummary | null
  lastSubmission: { by: string; submittedAt: string; note: string | null } | null
  claimFlags: ClaimFlagSummary[]
  /** Version comparison: the current draft against the last approved version, or the last reviewed one. */
  comparison: { latestVersionId: string; baselineVersionId: string; baseline: 'approved' | 'reviewed' } | null
  /** Who signed the current sign-off off, as the public byline will show it. */
  byline: { reviewer: PersonLine; reviewedAt: string } | null
  /** Every reason the saved draft may not be published by this user now; empty when it may. */
  publishProblems: string[]
  /** The workflow actions offered to this user in this state (the server decides again on each call). */
  offers: { submit: boolean; decide: boolean }
}

export type ReviewStateResult = { ok: true; state: ReviewState } | { ok: false; message: string }
