import type { ReviewStatus } from '../fields/review'

/**
 * Where a medical document stands, in one sentence, and who acts next: the one statement the
 * review panel, the publish control and the lists show, derived here from the workflow state
 * and the live version so that no screen says "Approved" beside "Draft".
 */
export type StandingCode =
  | 'draft'
  | 'in-review'
  | 'changes-requested'
  | 'approved'
  | 'live'
  | 'live-newer-draft'
  | 'review-overdue'

export interface Standing {
  code: StandingCode
  /** "Approved by Dr. Rosa Reyes, MD — ready to publish" */
  headline: string
  /** Who must act next, and how: "An editor other than Dr. Rosa Reyes publishes it." */
  next: string
}

export interface StandingFacts {
  /** The review status of the latest draft. */
  status: ReviewStatus
  /** Whether a version is live on the site. */
  live: boolean
  /** Whether the latest draft is what is live (nothing newer waits). */
  liveIsLatest: boolean
  /** "Dr. Rosa Reyes, MD": who approved or asked for changes last, when there is a decision. */
  lastDecider?: string
  /** The re-review date of the live version, when it has passed. */
  overdueSince?: string
  /** Whether the latest step of the review was a change that voided an approval. */
  voided: boolean
  /** How to show a date to this viewer ("December 1, 2026, 4:12 PM PST"). */
  formatDate: (iso: string) => string
}

const DRAFT_NEXT = 'An author or an editor submits it for medical review.'

/** The draft's own state, as a clause after "Live — newer draft …". */
function newerDraft(facts: StandingFacts): Pick<Standing, 'headline' | 'next'> {
  switch (facts.status) {
    case 'in-review':
      return {
        headline: 'Live — newer draft in review',
        next: 'A medical reviewer who did not write it approves or asks for changes.',
      }
    case 'approved':
      return {
        headline: `Live — newer draft approved${facts.lastDecider ? ` by ${facts.lastDecider}` : ''}, ready to publish`,
        next: `An editor${facts.lastDecider ? ` other than ${facts.lastDecider}` : ''} publishes it.`,
      }
    case 'changes-requested':
      return {
        headline: `Live — changes requested on the newer draft${facts.lastDecider ? ` by ${facts.lastDecider}` : ''}`,
        next: 'Its authors revise it and submit it again.',
      }
    default:
      return { headline: 'Live — newer draft not yet approved', next: DRAFT_NEXT }
  }
}

export function standingOf(facts: StandingFacts): Standing {
  if (facts.status === 'review-overdue') {
    return {
      code: 'review-overdue',
      headline: `Re-review overdue${facts.overdueSince ? ` since ${facts.formatDate(facts.overdueSince)}` : ''} — still live`,
      next: 'An editor or an author submits it for re-review; a medical reviewer approves it again.',
    }
  }
  if (facts.live && !facts.liveIsLatest) return { code: 'live-newer-draft', ...newerDraft(facts) }
  if (facts.live)
    return {
      code: 'live',
      headline: 'Live',
      next: 'Nobody, until it is changed or due for re-review.',
    }
  switch (facts.status) {
    case 'in-review':
      return {
        code: 'in-review',
        headline: 'In review — waiting for a medical reviewer',
        next: 'A medical reviewer who did not write it approves or asks for changes.',
      }
    case 'changes-requested':
      return {
        code: 'changes-requested',
        headline: `Changes requested${facts.lastDecider ? ` by ${facts.lastDecider}` : ''}`,
        next: 'Its authors revise it and submit it again.',
      }
    case 'approved':
      return {
        code: 'approved',
        headline: `Approved${facts.lastDecider ? ` by ${facts.lastDecider}` : ''} — ready to publish`,
        next: `An editor${facts.lastDecider ? ` other than ${facts.lastDecider}` : ''} publishes it.`,
      }
    default:
      return {
        code: 'draft',
        headline: facts.voided
          ? 'Draft — a change voided the approval; not yet submitted again'
          : 'Draft — not yet submitted',
        next: DRAFT_NEXT,
      }
  }
}
