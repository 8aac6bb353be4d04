import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { appendOnly } from '../hooks/appendOnly'

/**
 * Append-only history of every change to a user's roles, credentials, license, public profile
 * and email: who changed what, when, from what to what. Written by the users collection's own
 * hooks inside the change's transaction; nobody, admins included, changes or deletes a row.
 */
export const AccountAudit: CollectionConfig<'account-audit'> = {
  slug: 'account-audit',
  labels: { singular: 'Account change', plural: 'Account audit' },
  admin: {
    group: 'People',
    useAsTitle: 'field',
    defaultColumns: ['createdAt', 'userName', 'field', 'from', 'to', 'actorName'],
    description:
      'Every change to roles, credentials, licenses, public profiles and emails. Read-only.',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: appendOnly(
    'The account audit trail cannot be changed or deleted by anyone.',
    'account-audit-immutable',
  ),
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      options: ['create', 'update', 'delete'].map((value) => ({ label: value, value })),
    },
    // Text, not a relationship: the row outlives the account it describes.
    { name: 'userId', type: 'text', required: true, index: true },
    { name: 'userName', type: 'text' },
    { name: 'field', type: 'text', required: true },
    // The values as JSON text ("[\"author\"]", "\"2027-01-31T00:00:00.000Z\"", null), readable in the list.
    { name: 'from', type: 'text' },
    { name: 'to', type: 'text' },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'actorName', type: 'text' },
  ],
}
