import type { ReviewStatus } from '../../fields/review'
import type { PersonLine } from './reviewState'

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  'changes-requested': 'Changes requested',
  'review-overdue': 'Re-review overdue',
}

/** "Dr. Rosa Reyes, MD", or just the name when there are no credentials. */
export const personLine = (person: PersonLine): string => (person.credentials ? `${person.name}, ${person.credentials}` : person.name)

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

/** A calendar date as readers see it, e.g. "November 27, 2026" (UTC, so every viewer sees the same day). */
export const formatDate = (iso: string): string => longDate.format(new Date(iso))

/** The sentence the public site shows under a reviewed page. */
export const bylineText = (reviewer: PersonLine, reviewedAt: string): string =>
  `Medically reviewed by ${personLine(reviewer)} on ${formatDate(reviewedAt)}`
