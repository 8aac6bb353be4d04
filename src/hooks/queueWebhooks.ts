import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { WebhookEvent } from '../collections/Webhooks'
import { afterCommit } from '../db/afterCommit'
import { tagsOfChange } from '../delivery/cacheTags'
import { WEBHOOK_QUEUE, newDeliveryId } from '../jobs/deliverWebhook'
import { nestedReq } from '../lib/requests'
import { skipsNotifications } from '../lib/sideEffects'
import { wasUnpublished } from './publicationState'

/**
 * Queues one delivery job per active webhook that wants this event, inside the write's own
 * transaction: the event is queued if and only if the change commits.
 */
async function queueEvent(
  req: PayloadRequest,
  event: WebhookEvent,
  collection: string,
  id: number | string,
  slug?: unknown,
): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'webhooks',
    where: {
      and: [
        { active: { equals: true } },
        { events: { contains: event } },
        { collections: { contains: collection } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { active: true },
    req: nestedReq(req),
  })
  if (docs.length === 0) return
  const occurredAt = new Date().toISOString()
  for (const webhook of docs) {
    await req.payload.jobs.queue({
      task: 'deliverWebhook',
      queue: WEBHOOK_QUEUE,
      input: {
        webhook: String(webhook.id),
        deliveryId: newDeliveryId(),
        event,
        collection,
        documentId: String(id),
        occurredAt,
        tags: tagsOfChange(collection, id, slug),
      },
      req: nestedReq(req),
    })
  }
  // Deliver right after the commit rather than at the next minute's job run; that run retries failures.
  const { payload } = req
  await afterCommit(req, () => {
    void Promise.resolve(payload.config.jobs.shouldAutoRun?.(payload) ?? true).then((enabled) =>
      enabled
        ? payload.jobs
            .run({ queue: WEBHOOK_QUEUE })
            .catch((error: unknown) =>
              payload.logger.error({ err: error }, 'webhook delivery run failed'),
            )
        : undefined,
    )
  })
}

export const queueWebhooksOnChange: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  req,
}) => {
  if (skipsNotifications(context)) return doc
  if (doc._status === 'published')
    await queueEvent(req, 'publish', collection.slug, doc.id, doc.slug)
  else if (operation === 'update' && (await wasUnpublished(req, context, collection.slug, doc.id)))
    await queueEvent(req, 'unpublish', collection.slug, doc.id, doc.slug)
  return doc
}

export const queueWebhooksOnDelete: CollectionAfterDeleteHook = async ({
  collection,
  context,
  id,
  req,
}) => {
  if (!skipsNotifications(context)) await queueEvent(req, 'delete', collection.slug, id)
}
