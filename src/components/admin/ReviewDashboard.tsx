import type { PayloadRequest, ServerProps } from 'payload'
import React from 'react'

import { queueEntries, queuesFor } from './reviewQueues'
import './review.scss'

/**
 * `admin.components.beforeDashboard`: the review work waiting for this user, by role, each
 * a count with links to the filtered lists.
 */
export async function ReviewDashboard({ payload, user }: ServerProps) {
  const reviewUser = user as PayloadRequest['user']
  const queues = queuesFor(reviewUser)
  if (queues.length === 0) return null
  const now = new Date()
  const cards = await Promise.all(
    queues.map(async (queue) => {
      const entries = await queueEntries(payload, reviewUser, queue, now)
      return { queue, entries, total: entries.reduce((sum, entry) => sum + entry.count, 0) }
    }),
  )
  return (
    <section className="review-queues" aria-label="Review work">
      <h2>Review work</h2>
      <div className="review-queues__cards">
        {cards.map(({ queue, entries, total }) => (
          <article key={queue.key} className="review-queues__card" data-queue={queue.key}>
            <h3>{queue.title}</h3>
            <div className="review-queues__count" data-count={total}>
              {total}
            </div>
            <p>{queue.description}</p>
            <ul>
              {entries.map((entry) => (
                <li key={entry.collection}>
                  <a href={entry.href}>
                    {entry.label}: {entry.count}
                  </a>
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  )
}
