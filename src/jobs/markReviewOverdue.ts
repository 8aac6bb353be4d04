import type { TaskConfig } from 'payload'

import { markReviewOverdue } from '../workflow/overdue'

export const DAILY_QUEUE = 'daily'

/** Scheduled by `cron` (REVIEW_OVERDUE_CRON: daily at 03:00 server time unless set). */
export const markReviewOverdueTask = (cron: string): TaskConfig<'markReviewOverdue'> => ({
  slug: 'markReviewOverdue',
  label: 'Mark published medical content past its re-review date',
  schedule: [{ cron, queue: DAILY_QUEUE }],
  retries: 2,
  outputSchema: [{ name: 'marked', type: 'number', required: true }],
  handler: async ({ req }) => {
    const marked = await markReviewOverdue(req)
    return { output: { marked: marked.length } }
  },
})
