import type { CollectionConfig, UIField } from 'payload'

import { canCreateMedical, canDeleteMedical, canUpdateMedical, publishedOrPreview } from '../access/content'
import { isStaff } from '../access/isStaff'
import { workflowEndpoints } from '../endpoints/workflow'
import { explainAuthorLimits } from '../hooks/explainAuthorLimits'
import { publishedVersionsForPublic } from '../hooks/publishedVersionsForPublic'
import { bylineField } from '../delivery/byline'
import { authorsField } from '../fields/authors'
import { internalNotesField } from '../fields/internalNotes'
import { reviewFields } from '../fields/review'
import { medicalVersions } from '../fields/versions'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced'
import { rememberPublicationState } from '../hooks/publicationState'
import { refuseStaleWrite } from '../hooks/refuseStaleWrite'
import { confirmPublication } from '../hooks/workflow/confirmPublication'
import { enforceReviewWorkflow } from '../hooks/workflow/enforceReviewWorkflow'
import { recordDeletion } from '../hooks/workflow/recordDeletion'
import { recordVoidedApproval } from '../hooks/workflow/recordVoidedApproval'
import { dropDeletedSnapshot, storePublishedSnapshot } from '../hooks/readModel/storePublishedSnapshot'
import type { MedicalCollection } from '../workflow/reviewedFields'

/** The review status, last decision, claim flags and workflow buttons, at the top of the sidebar. */
const reviewPanelField: UIField = {
  name: 'reviewPanel',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/admin/ReviewPanel#ReviewPanel' } },
}

/** Every medical list shows where each document stands in review. */
const REVIEW_COLUMNS = ['reviewStatus', 'medicalReviewer', 'nextReviewDue']

const withReviewColumns = (columns: string[] = ['id']): string[] => [...columns, ...REVIEW_COLUMNS.filter((column) => !columns.includes(column))]

/**
 * What every medical collection shares: the role rules, drafts, authors, the review fields,
 * the sign-off hooks and the review endpoints. A collection file adds its own content fields.
 */
export function medicalCollection(config: CollectionConfig & { slug: MedicalCollection }): CollectionConfig {
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
          beforeDocumentControls: ['/components/admin/PublishReadiness#PublishReadinessWithoutButton'],
        },
      },
    },
    // No document locks: a reviewer who cannot edit was shown Payload's "locked" modal (with a user id
    // for a name) for minutes after the author left. Overlapping saves are refused with 409
    // concurrent-edit instead, and nobody can change a document while it is in review.
    lockDocuments: false,
    access: { read: publishedOrPreview, readVersions: isStaff, create: canCreateMedical, update: canUpdateMedical, delete: canDeleteMedical },
    versions: medicalVersions,
    endpoints: [...workflowEndpoints(config.slug), ...(Array.isArray(config.endpoints) ? config.endpoints : [])],
    hooks: {
      ...config.hooks,
      beforeOperation: [publishedVersionsForPublic, explainAuthorLimits, ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [refuseStaleWrite, rememberPublicationState, enforceReviewWorkflow, ...(config.hooks?.beforeChange ?? [])],
      afterChange: [confirmPublication, storePublishedSnapshot, recordVoidedApproval, ...(config.hooks?.afterChange ?? [])],
      beforeDelete: [refuseDeleteWhileReferenced, ...(config.hooks?.beforeDelete ?? []), recordDeletion],
      afterDelete: [dropDeletedSnapshot, ...(config.hooks?.afterDelete ?? [])],
    },
    fields: [reviewPanelField, ...config.fields, authorsField, internalNotesField, ...reviewFields, bylineField],
  }
}
