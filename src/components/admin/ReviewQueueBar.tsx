import { Gutter } from '@payloadcms/ui'
import type { BeforeListServerProps, PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { hasRole } from '../../access/roles'
import type { Locale } from '../../config'
import type { MedicalCollection } from '../../workflow/reviewedFields'
import { listURL, queueEntries, queuesFor, REVIEW_QUEUES } from './reviewQueues'
import './review.scss'

const WAITING_SHOWN = 10

/**
 * `admin.components.beforeList` of the medical collections: one-click filters for the review
 * queues this user works on and, for a medical reviewer opening the plain list, what is
 * waiting for them.
 */
export async function ReviewQueueBar({
  collectionConfig,
  payload,
  user,
  searchParams,
  locale,
}: BeforeListServerProps) {
  const reviewUser = user as PayloadRequest['user']
  const collection = collectionConfig.slug as MedicalCollection
  const queues = queuesFor(reviewUser)
  if (!reviewUser || queues.length === 0) return null
  const now = new Date()
  const counts = await Promise.all(
    queues.map(async (queue) => ({
      queue,
      entry: (await queueEntries(payload, reviewUser, queue, now, [collection]))[0],
    })),
  )

  // The address carries a filter as where[…] keys and a search as search=….
  const unfiltered = !Object.keys(searchParams ?? {}).some(
    (key) => key === 'search' || key.startsWith('where'),
  )
  const waitingQueue = REVIEW_QUEUES.find((queue) => queue.key === 'waiting-for-my-review')
  const waiting =
    unfiltered && waitingQueue && hasRole(reviewUser, ...waitingQueue.roles)
      ? await payload.find({
          collection,
          where: waitingQueue.where(reviewUser.id, now),
          draft: true,
          depth: 0,
          limit: WAITING_SHOWN,
          sort: 'updatedAt',
          locale: locale?.code as Locale | undefined,
          overrideAccess: false,
          user: reviewUser,
        })
      : undefined
  const titleField = collectionConfig.admin.useAsTitle
  const plural =
    typeof collectionConfig.labels.plural === 'string' ? collectionConfig.labels.plural : collection

  return (
    <Gutter>
      <section className="review-queues" aria-label="Review queues">
        <div className="review-queues__bar">
          <strong>Review queues:</strong>
          {counts.map(({ queue, entry }) => (
            <a key={queue.key} href={entry.href} data-queue={queue.key}>
              {queue.title} ({entry.count})
            </a>
          ))}
          <a href={listURL(payload, collection)}>All {plural.toLowerCase()}</a>
        </div>
        {waiting ? (
          <div className="review-queues__card" data-queue="waiting-for-my-review">
            <h3>Waiting for your review ({waiting.totalDocs})</h3>
            {waiting.docs.length === 0 ? (
              <p>Nothing is waiting for you.</p>
            ) : (
              <ul className="review-queues__waiting">
                {waiting.docs.map((doc) => (
                  <li key={doc.id}>
                    <a
                      href={formatAdminURL({
                        adminRoute: payload.config.routes.admin,
                        path: `/collections/${collection}/${doc.id}`,
                        relative: true,
                      })}
                    >
                      {String(
                        (doc as unknown as Record<string, unknown>)[titleField ?? 'id'] ?? doc.id,
                      )}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </section>
    </Gutter>
  )
}
