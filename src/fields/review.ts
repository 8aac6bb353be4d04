import type { Field } from 'payload'

import { isStaffField, workflowOnly } from '../access/fields'

export const REVIEW_STATUSES = ['draft', 'in-review', 'approved', 'changes-requested', 'review-overdue'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/**
 * The review state of a medical document. Read-only everywhere: only the workflow (submit,
 * decide, the overdue job) moves it.
 */
export const reviewFields: Field[] = [
  {
    name: 'reviewStatus',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: REVIEW_STATUSES.map((status) => ({ label: status, value: status })),
    // Readers get the byline and lastReviewedAt; where a document stands in review is internal.
    access: { read: isStaffField, create: workflowOnly, update: workflowOnly },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'medicalReviewer',
    type: 'relationship',
    relationTo: 'users',
    access: { create: workflowOnly, update: workflowOnly },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'lastReviewedAt',
    type: 'date',
    access: { create: workflowOnly, update: workflowOnly },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'nextReviewDue',
    type: 'date',
    index: true,
    access: { read: isStaffField, create: workflowOnly, update: workflowOnly },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'claimFlags',
    type: 'array',
    access: { read: isStaffField, create: workflowOnly, update: workflowOnly },
    admin: { readOnly: true, description: 'Wording a reviewer should look at. Found automatically on every save.' },
    fields: [
      { name: 'phrase', type: 'text' },
      { name: 'field', type: 'text' },
      { name: 'locale', type: 'text' },
      { name: 'excerpt', type: 'text' },
    ],
  },
]
