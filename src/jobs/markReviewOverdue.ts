import type { TaskConfig } from 'payload'

import { markReviewOverdue } from '../workflow/overdue'
import { sendReviewReminders } from '../workflow/reminders'

export const DAILY_QUEUE = 'daily'

/**
 * The daily review job: marks live content past its re-review date, and sends the review
 * reminders (reviews due within a day or overdue, re-reviews due within a day). Scheduled by
 * `cron` (REVIEW_OVERDUE_CRON: daily at 03:00 server time unless set).
 */
export const markReviewOverdueTask = (cron: string): TaskConfig<'markReviewOverdue'> => ({
  slug: 'markReviewOverdue',
  label: 'Mark content past its re-review date and send review reminders',
  schedule: [{ cron, queue: DAILY_QUEUE }],
  retries: 2,
  outputSchema: [
    { name: 'marked', type: 'number', required: true },
    { name: 'reminded', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const now = new Date()
    const marked = await markReviewOverdue(req, now)
    const reminded = await sendReviewReminders(req, now)
    return { output: { marked: marked.length, reminded: reminded.length } }
  },
})
