import type { TaskConfig } from 'payload'

import { markReviewOverdue } from '../workflow/overdue'

export const MARK_REVIEW_OVERDUE = 'markReviewOverdue'
export const DAILY_QUEUE = 'daily'

/** Daily at 03:00 server time; also queued on demand by `npm run jobs:review-overdue`. */
export const markReviewOverdueTask: TaskConfig<'markReviewOverdue'> = {
  slug: 'markReviewOverdue',
  label: 'Mark published medical content past its re-review date',
  schedule: [{ cron: '0 0 3 * * *', queue: DAILY_QUEUE }],
  retries: 2,
  outputSchema: [{ name: 'marked', type: 'number', required: true }],
  handler: async ({ req }) => {
    const marked = await markReviewOverdue(req)
    return { output: { marked: marked.length } }
  },
}
