import type { CollectionConfig, UIField } from 'payload'

import {
  canCreateMedical,
  canDeleteMedical,
  canUpdateMedical,
  publishedOrPreview,
} from '../access/content'
import { isStaff } from '../access/isStaff'
import { workflowEndpoints } from '../endpoints/workflow'
import { bylineField } from '../delivery/byline'
import { localeStatusField } from '../delivery/localeStatus'
import { authorsField } from '../fields/authors'
import { internalNotesField } from '../fields/internalNotes'
import { reviewFields } from '../fields/review'
import { medicalVersions } from '../fields/versions'
import type { MedicalCollection } from '../workflow/reviewedFields'

/** A sidebar panel: a `ui` field showing `component` (exported under its own name from components/admin). */
const sidebarPanel = (name: string, component: string): UIField => ({
  name,
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: `/components/admin/${component}#${component}` },
  },
})

/** The review status, last decision, claim flags and workflow buttons, at the top of the sidebar. */
const reviewPanelField = sidebarPanel('reviewPanel', 'ReviewPanel')

/** Per locale, which reviewed fields are filled, and which locales the approval covers. */
const translationStatusField = sidebarPanel('translationStatus', 'TranslationStatus')

/** Who reviews the submission and by when; claiming and reassigning. */
const assignmentPanelField = sidebarPanel('assignmentPanel', 'AssignmentPanel')

/** Who did what, when, with what comment: the review records and the saved versions. */
const activityTimelineField = sidebarPanel('activityTimeline', 'ActivityTimeline')

/** Every medical list shows where each document stands in review, who has it and by when. */
const REVIEW_COLUMNS = [
  'reviewStatus',
  'submittedBy',
  'submittedAt',
  'assignedReviewer',
  'reviewDueAt',
  'medicalReviewer',
  'nextReviewDue',
]

const withReviewColumns = (columns: string[] = ['id']): string[] => [
  ...columns,
  ...REVIEW_COLUMNS.filter((column) => !columns.includes(column)),
]

/**
 * What every medical collection shares: the role rules, drafts, authors, the review fields
 * and the review endpoints (the sign-off hooks: src/plugins/medicalReview.ts). A collection
 * file adds its own content fields.
 */
export function medicalCollection(
  config: CollectionConfig & { slug: MedicalCollection },
): CollectionConfig {
  return {
    ...config,
    admin: {
      group: 'Medical content',
      ...config.admin,
      defaultColumns: withReviewColumns(config.admin?.defaultColumns),
      components: {
        ...config.admin?.components,
        beforeList: ['/components/admin/ReviewQueueBar#ReviewQueueBar'],
        edit: {
          ...config.admin?.components?.edit,
          PublishButton: '/components/admin/PublishReadiness#PublishButtonWithReasons',
          beforeDocumentControls: [
            '/components/admin/PublishReadiness#PublishReadinessWithoutButton',
          ],
        },
      },
    },
    // No document locks: a reviewer who cannot edit was shown Payload's "locked" modal (with a user id
    // for a name) for minutes after the author left. Overlapping saves are refused with 409
    // concurrent-edit instead, and nobody can change a document while it is in review.
    lockDocuments: false,
    access: {
      read: publishedOrPreview,
      readVersions: isStaff,
      create: canCreateMedical,
      update: canUpdateMedical,
      delete: canDeleteMedical,
    },
    versions: medicalVersions,
    endpoints: [
      ...workflowEndpoints(config.slug),
      ...(Array.isArray(config.endpoints) ? config.endpoints : []),
    ],
    fields: [
      reviewPanelField,
      assignmentPanelField,
      translationStatusField,
      ...config.fields,
      authorsField,
      internalNotesField,
      ...reviewFields,
      bylineField,
      localeStatusField,
      activityTimelineField,
    ],
  }
}
