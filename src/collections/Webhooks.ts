import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { httpUrl } from '../fields/validators'

export const WEBHOOK_EVENTS = ['publish', 'unpublish', 'delete'] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]
export const WEBHOOK_COLLECTIONS = [
  'articles',
  'treatment-options',
  'risk-disclosures',
  'clinic-locations',
  'conditions',
] as const

/** Where to tell frontends that published content changed, so they can revalidate. Admins only. */
export const Webhooks: CollectionConfig<'webhooks'> = {
  slug: 'webhooks',
  admin: {
    useAsTitle: 'name',
    group: 'Settings',
    defaultColumns: ['name', 'url', 'events', 'active'],
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100 },
    { name: 'url', type: 'text', required: true, maxLength: 2000, validate: httpUrl },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_EVENTS.map((value) => ({ label: value, value })),
    },
    {
      name: 'collections',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_COLLECTIONS.map((value) => ({ label: value, value })),
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      minLength: 16,
      maxLength: 200,
      // Written once, never shown again (the receiver keeps its own copy).
      access: { read: () => false },
      admin: {
        description:
          'Shared secret for the HMAC-SHA256 signature (x-cms-signature). Not shown after saving.',
      },
    },
    { name: 'active', type: 'checkbox', defaultValue: true },
  ],
}

/** One row per delivery attempt: what was sent, what came back, how long it took. */
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: 'webhook-deliveries',
  admin: {
    useAsTitle: 'deliveryId',
    group: 'Settings',
    defaultColumns: ['createdAt', 'webhook', 'event', 'status', 'ok', 'attempt'],
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'webhook', type: 'relationship', relationTo: 'webhooks', index: true },
    { name: 'deliveryId', type: 'text', required: true, index: true },
    { name: 'event', type: 'text', required: true },
    { name: 'targetCollection', type: 'text', required: true },
    { name: 'documentId', type: 'text', required: true },
    { name: 'attempt', type: 'number', required: true },
    { name: 'status', type: 'number' },
    { name: 'ok', type: 'checkbox', defaultValue: false },
    { name: 'error', type: 'text' },
    { name: 'durationMs', type: 'number' },
  ],
}
