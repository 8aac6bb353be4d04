import { randomUUID } from 'node:crypto'

import type { PayloadRequest, TaskConfig } from 'payload'

import { tagsOfChange } from '../delivery/cacheTags'
import { SIGNATURE_HEADER, signWebhook } from '../delivery/webhookSignature'
import type { Webhook } from '../payload-types'

export const WEBHOOK_QUEUE = 'webhooks'
const TIMEOUT_MS = 10_000

export interface WebhookInput {
  webhook: string
  deliveryId: string
  event: string
  collection: string
  documentId: string
  occurredAt: string
  /** The cache tags the change touched, as the API's answers carry them. */
  tags?: string[]
}

async function recordAttempt(
  req: PayloadRequest,
  input: WebhookInput,
  attempt: number,
  result: { status?: number; ok: boolean; error?: string; durationMs: number },
) {
  await req.payload.create({
    collection: 'webhook-deliveries',
    data: {
      webhook: Number.isNaN(Number(input.webhook))
        ? (input.webhook as never)
        : Number(input.webhook),
      deliveryId: input.deliveryId,
      event: input.event,
      targetCollection: input.collection,
      documentId: input.documentId,
      attempt,
      ...result,
    },
    overrideAccess: true,
    req,
  })
}

/**
 * POSTs one event to one webhook, signed with its secret. A non-2xx answer or a network
 * error throws, and the job system retries with exponential backoff; every attempt is
 * recorded in webhook-deliveries.
 */
export const deliverWebhookTask: TaskConfig<'deliverWebhook'> = {
  slug: 'deliverWebhook',
  label: 'Deliver a webhook event',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  inputSchema: [
    { name: 'webhook', type: 'text', required: true },
    { name: 'deliveryId', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'documentId', type: 'text', required: true },
    { name: 'occurredAt', type: 'text', required: true },
    {
      name: 'tags',
      type: 'json',
      typescriptSchema: [() => ({ type: 'array', items: { type: 'string' } })],
    },
  ],
  outputSchema: [{ name: 'status', type: 'number' }],
  handler: async ({ input, req }) => {
    const webhook = (await req.payload.findByID({
      collection: 'webhooks',
      id: input.webhook,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as Webhook | null
    if (!webhook?.active) return { output: { status: 0 } }
    const { totalDocs } = await req.payload.count({
      collection: 'webhook-deliveries',
      where: { deliveryId: { equals: input.deliveryId } },
      overrideAccess: true,
      req,
    })
    const attempt = totalDocs + 1
    const body = JSON.stringify({
      id: input.deliveryId,
      event: input.event,
      collection: input.collection,
      documentId: input.documentId,
      occurredAt: input.occurredAt,
      // A frontend revalidates exactly these. Deliveries queued before tags were part of the input carry the tags the document's id alone gives.
      tags: Array.isArray(input.tags)
        ? input.tags
        : tagsOfChange(input.collection, input.documentId),
    })
    const started = Date.now()
    let status: number | undefined
    let error: string | undefined
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'clinic-cms-webhooks/1',
          'x-cms-event': input.event,
          'x-cms-delivery': input.deliveryId,
          [SIGNATURE_HEADER]: signWebhook(webhook.secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      status = response.status
      await response.body?.cancel()
      if (!response.ok) error = `receiver answered ${status}`
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught)
    }
    await recordAttempt(req, input, attempt, {
      status,
      ok: !error,
      error,
      durationMs: Date.now() - started,
    })
    if (error) throw new Error(`webhook ${webhook.name} (attempt ${attempt}): ${error}`)
    return { output: { status: status ?? 0 } }
  },
}

export const newDeliveryId = (): string => randomUUID()
