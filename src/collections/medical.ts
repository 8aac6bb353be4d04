import type { CollectionConfig } from 'payload'

import { canCreateMedical, canDeleteMedical, canUpdateMedical, publishedOrPreview } from '../access/content'
import { workflowEndpoints } from '../endpoints/workflow'
import { bylineField } from '../delivery/byline'
import { authorsField } from '../fields/authors'
import { internalNotesField } from '../fields/internalNotes'
import { reviewFields } from '../fields/review'
import { draftVersions } from '../fields/versions'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced'
import { refuseStaleWrite } from '../hooks/refuseStaleWrite'
import { confirmPublication } from '../hooks/workflow/confirmPublication'
import { enforceReviewWorkflow } from '../hooks/workflow/enforceReviewWorkflow'
import type { MedicalCollection } from '../workflow/reviewedFields'

/**
 * What every medical collection shares: the role rules, drafts, authors, the review fields,
 * the sign-off hooks and the review endpoints. A collection file adds its own content fields.
 */
export function medicalCollection(config: CollectionConfig & { slug: MedicalCollection }): CollectionConfig {
  return {
    ...config,
    admin: { group: 'Medical content', ...config.admin },
    access: { read: publishedOrPreview, create: canCreateMedical, update: canUpdateMedical, delete: canDeleteMedical },
    versions: draftVersions,
    endpoints: workflowEndpoints(config.slug),
    hooks: {
      ...config.hooks,
      beforeChange: [refuseStaleWrite, enforceReviewWorkflow, ...(config.hooks?.beforeChange ?? [])],
      afterChange: [confirmPublication, ...(config.hooks?.afterChange ?? [])],
      beforeDelete: [refuseDeleteWhileReferenced, ...(config.hooks?.beforeDelete ?? [])],
    },
    fields: [...config.fields, authorsField, internalNotesField, ...reviewFields, bylineField],
  }
}
