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
    // Readers see the reviewer through the byline (name and credentials), never a user id.
    access: { read: isStaffField, create: workflowOnly, update: workflowOnly },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'contributors',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    // Recorded by the server from the signed-in user of each save (src/hooks/workflow/enforceReviewWorkflow.ts).
    access: { read: isStaffField, create: workflowOnly, update: workflowOnly },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Everyone who created this document, changed its reviewed content, or was ever one of its authors. None of them can approve it.',
    },
  },
  {
    name: 'documentKey',
    type: 'text',
    unique: true,
    index: true,
    // The identity review records are bound to: ids can come back after a delete, this never does.
    access: { read: isStaffField, create: workflowOnly, update: workflowOnly },
    admin: { hidden: true },
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
    // Shown, read-only and in plain words, in the review panel; not as an editable-looking list in the form.
    admin: { readOnly: true, hidden: true, description: 'Wording a reviewer should look at. Found automatically on every save.' },
    fields: [
      { name: 'phrase', type: 'text' },
      { name: 'field', type: 'text' },
      { name: 'locale', type: 'text' },
      { name: 'excerpt', type: 'text' },
    ],
  },
]
