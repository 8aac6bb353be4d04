import type { CollectionConfig } from 'payload'

import { isAdminField } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'
import { appendOnly } from '../hooks/appendOnly'
import { LOCALES } from '../locales'
import { MEDICAL_COLLECTIONS } from '../workflow/reviewedFields'

export const REVIEW_ACTIONS = [
  'submit',
  'withdraw',
  'assign',
  'claim',
  'decision',
  'voided',
  'publish',
  'unpublish',
  'overdue',
  'remind',
  'delete',
] as const
export type ReviewRecordAction = (typeof REVIEW_ACTIONS)[number]

/** What a reminder was about: a review due within a day, one past its due date, a re-review due within a day. */
export const REMINDERS = ['review-due-soon', 'review-overdue', 're-review-due-soon'] as const
export type Reminder = (typeof REMINDERS)[number]

/**
 * The audit trail of the medical sign-off: one row per submission, withdrawal, assignment,
 * claim, decision, voided approval, publication, withdrawal from the site, overdue mark,
 * reminder and deletion. Written
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
    defaultColumns: [
      'createdAt',
      'action',
      'decision',
      'targetCollection',
      'documentTitle',
      'actorName',
    ],
    description:
      'Every submission, decision, publication and withdrawal of medical content. Read-only.',
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  hooks: appendOnly(
    'Review records are an audit trail: they cannot be changed or deleted by anyone.',
    'review-records-immutable',
  ),
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: REVIEW_ACTIONS.map((value) => ({ label: value, value })),
    },
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
    {
      name: 'documentTitle',
      type: 'text',
      admin: { components: { Cell: '/components/admin/RecordDocumentCell#RecordDocumentCell' } },
    },
    { name: 'versionId', type: 'text' },
    { name: 'contentHash', type: 'text', required: true },
    { name: 'comment', type: 'textarea' },
    { name: 'note', type: 'textarea' },
    {
      // Decisions: the locales an approval covers (its content hash covers exactly these).
      name: 'approvedLocales',
      type: 'select',
      hasMany: true,
      options: LOCALES.map((value) => ({ label: value, value })),
    },
    // Submissions and assignments: who is to review (empty: the pool) and by when.
    { name: 'assignee', type: 'relationship', relationTo: 'users' },
    { name: 'dueAt', type: 'date' },
    {
      name: 'reminder',
      type: 'select',
      options: REMINDERS.map((value) => ({ label: value, value })),
    },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'actorName', type: 'text' },
    { name: 'actorCredentials', type: 'text' },
    { name: 'actorRoles', type: 'text' },
    {
      // What a decision relied on: the reviewer's license as it was on file at that moment.
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
