import type { CollectionConfig } from 'payload'

import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'
import { RuleViolation } from '../errors'
import { isWorkflowWrite } from '../workflow/context'
import { MEDICAL_COLLECTIONS } from '../workflow/reviewedFields'

export const REVIEW_ACTIONS = ['submit', 'decision', 'publish', 'unpublish', 'overdue'] as const
export type ReviewRecordAction = (typeof REVIEW_ACTIONS)[number]

const immutable = () =>
  new RuleViolation(403, 'Review records are an audit trail: they cannot be changed or deleted by anyone.', { rule: 'review-records-immutable' })

/**
 * The audit trail of the medical sign-off: one row per submit, decision, publish, unpublish
 * and overdue mark. Written only by the workflow; nobody, admins included, can change or
 * delete a row through any API, the Local API with overrideAccess included.
 */
export const ReviewRecords: CollectionConfig<'review-records'> = {
  slug: 'review-records',
  labels: { singular: 'Review record', plural: 'Review records' },
  admin: {
    useAsTitle: 'summary',
    group: 'Medical content',
    defaultColumns: ['createdAt', 'action', 'decision', 'targetCollection', 'documentId', 'actorName'],
    description: 'Every submission, decision, publication and withdrawal of medical content. Read-only.',
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  hooks: {
    beforeChange: [
      ({ context, operation }) => {
        if (operation !== 'create' || !isWorkflowWrite(context)) throw immutable()
      },
    ],
    beforeDelete: [
      () => {
        throw immutable()
      },
    ],
  },
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: REVIEW_ACTIONS.map((value) => ({ label: value, value })) },
    {
      name: 'decision',
      type: 'select',
      options: [
        { label: 'approve', value: 'approve' },
        { label: 'request-changes', value: 'request-changes' },
      ],
    },
    {
      name: 'targetCollection',
      type: 'select',
      required: true,
      index: true,
      options: MEDICAL_COLLECTIONS.map((value) => ({ label: value, value })),
    },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'versionId', type: 'text' },
    { name: 'contentHash', type: 'text', required: true },
    { name: 'comment', type: 'textarea' },
    { name: 'note', type: 'textarea' },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'actorName', type: 'text' },
    { name: 'actorCredentials', type: 'text' },
    { name: 'actorRoles', type: 'text' },
    { name: 'summary', type: 'text', admin: { hidden: true } },
  ],
}
