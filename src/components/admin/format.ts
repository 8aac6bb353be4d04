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
export const personLine = (person: PersonLine): string =>
  person.credentials ? `${person.name}, ${person.credentials}` : person.name

/*
 * Dates in the viewer's own time zone, the one Payload's own dates use in the same view; moments
 * carry the zone ("December 1, 2026, 4:12 PM GMT-8"), so a review after 4 PM in San Diego is not
 * shown as tomorrow beside a Payload date that says today.
 */
const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' })
const moment = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'shortOffset',
})

/** A calendar date in the viewer's time zone, e.g. "November 27, 2026". */
export const formatDate = (iso: string): string => longDate.format(new Date(iso))

/** A moment in the viewer's time zone, with the zone: "November 27, 2026 at 4:12 PM GMT-8". */
export const formatMoment = (iso: string): string => moment.format(new Date(iso))

/** The sentence the public site shows under a reviewed page. */
export const bylineText = (reviewer: PersonLine, reviewedAt: string): string =>
  `Medically reviewed by ${personLine(reviewer)} on ${formatDate(reviewedAt)}`
