import { explainAuthorLimits } from '../hooks/explainAuthorLimits'
import { rememberPublicationState } from '../hooks/publicationState'
import { publishedVersionsForPublic } from '../hooks/publishedVersionsForPublic'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced'
import { refuseStaleWrite } from '../hooks/refuseStaleWrite'
import { confirmPublication } from '../hooks/workflow/confirmPublication'
import { enforceReviewWorkflow } from '../hooks/workflow/enforceReviewWorkflow'
import { recordDeletion } from '../hooks/workflow/recordDeletion'
import { recordVoidedApproval } from '../hooks/workflow/recordVoidedApproval'
import { MEDICAL_COLLECTIONS } from '../workflow/reviewedFields'
import { hookPlugin } from './hookPlugin'

const isMedical = (slug: string) => (MEDICAL_COLLECTIONS as readonly string[]).includes(slug)

/**
 * The medical sign-off on articles, treatments and risk disclosures. Before a change: the public
 * reads published versions only, authors learn their limits, stale writes are refused, the
 * publication state is remembered, then the workflow rules decide. After it: the publication is
 * confirmed against the approval (in the same transaction) and a voided approval recorded. A
 * delete is refused while linked, and recorded once the collection's own hooks let it through.
 */
export const medicalReview = hookPlugin((collection) =>
  isMedical(collection.slug)
    ? {
        before: {
          beforeOperation: [publishedVersionsForPublic, explainAuthorLimits],
          beforeChange: [refuseStaleWrite, rememberPublicationState, enforceReviewWorkflow],
          afterChange: [confirmPublication, recordVoidedApproval],
          beforeDelete: [refuseDeleteWhileReferenced],
        },
        after: { beforeDelete: [recordDeletion] },
      }
    : undefined,
)
