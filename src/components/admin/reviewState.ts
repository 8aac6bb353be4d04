import type { ReviewStatus } from '../../fields/review'
import type { MedicalCollection } from '../../workflow/reviewedFields'
import type { StandingFacts } from '../../workflow/standing'

/** The name the admin's review components call the server with (registered in the admin layout). */
export const REVIEW_STATE_FUNCTION = 'clinic-review-state'

// A type, not an interface: server function arguments must be a plain record.
export type ReviewStateArgs = {
  collection: MedicalCollection
  id: number | string
  /** `updatedAt` of the version the edit view rendered, so a decision signs exactly that version. */
  renderedUpdatedAt?: string
}

export interface PersonLine {
  name: string
  credentials: string
}

export interface BylineLine {
  reviewer: PersonLine
  reviewedAt: string
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
  comparison: {
    latestVersionId: string
    baselineVersionId: string
    baseline: 'approved' | 'reviewed'
  } | null
  /** The public byline: what the live page shows now, and what it will show once the draft is published. */
  byline: { live: BylineLine | null; afterPublish: BylineLine | null }
  /** The facts the status line is derived from (src/workflow/standing.ts), dates as ISO strings. */
  standing: Omit<StandingFacts, 'formatDate'>
  /** Every reason the saved draft may not be published by this user now; empty when it may. */
  publishProblems: string[]
  /** The workflow actions offered to this user in this state (the server decides again on each call). */
  offers: { submit: boolean; withdraw: boolean; decide: boolean }
  /** Why this reviewer may not decide (they wrote it, their license), when they hold the role. */
  decideProblems: string[]
  /** The content hash of the saved draft: what a decision from this panel states it reviewed. */
  contentHash: string
  /** False when the draft changed after the page was rendered: the reviewer must reload first. */
  renderedIsLatest: boolean
}

export type ReviewStateResult = { ok: true; state: ReviewState } | { ok: false; message: string }
