import type { CollectionConfig } from 'payload'

import { isAdminField } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'
import { RuleViolation } from '../errors'
import { isWorkflowWrite } from '../workflow/context'
import { MEDICAL_COLLECTIONS } from '../workflow/reviewedFields'

export const REVIEW_ACTIONS = ['submit', 'withdraw', 'decision', 'voided', 'publish', 'unpublish', 'overdue', 'delete'] as const
export type ReviewRecordAction = (typeof REVIEW_ACTIONS)[number]

const immutable = () =>
  new RuleViolation(403, 'Review records are an audit trail: they cannot be changed or deleted by anyone.', { rule: 'review-records-immutable' })

/**
 * The audit trail of the medical sign-off: one row per submission, withdrawal, decision,
 * voided approval, publication, withdrawal from the site, overdue mark and deletion. Written
 * only by the workflow; nobody, admins included, can change or delete a row through any API,
 * the Local API with overrideAccess included. Rows name the document by its key, which is
 * never reused, as well as by its id, which a database may hand out again after a delete.
 */
export const ReviewRecords: CollectionConfig<'review-records'> = {
  slug: 'review-records',
  labels: { singular: 'Review record', plural: 'Review records' },
  admin: {
    useAsTitle: 'summary',
    group: 'Medical content',
    defaultColumns: ['createdAt', 'action', 'decision', 'targetCollection', 'documentTitle', 'actorName'],
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
    { name: 'documentKey', type: 'text', index: true },
    { name: 'documentTitle', type: 'text', admin: { components: { Cell: '/components/admin/RecordDocumentCell#RecordDocumentCell' } } },
    { name: 'versionId', type: 'text' },
    { name: 'contentHash', type: 'text', required: true },
    { name: 'comment', type: 'textarea' },
    { name: 'note', type: 'textarea' },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'actorName', type: 'text' },
    { name: 'actorCredentials', type: 'text' },
    { name: 'actorRoles', type: 'text' },
    {
      // What a decision relied on: the reviewer's licence as it was on file at that moment.
      name: 'reviewerLicense',
      type: 'group',
      access: { read: isAdminField },
      fields: [
        { name: 'number', type: 'text' },
        { name: 'state', type: 'text' },
        { name: 'expiresAt', type: 'date' },
      ],
    },
    { name: 'summary', type: 'text', admin: { hidden: true } },
  ],
}
