import { selectApprovedLocales, servePublicLocales } from '../delivery/localeStatus'
import { dropUnreadableArrays } from '../hooks/dropUnreadableArrays'
import { explainAuthorLimits } from '../hooks/explainAuthorLimits'
import {
  dropDeletedSnapshot,
  storePublishedSnapshot,
} from '../hooks/readModel/storePublishedSnapshot'
import { rememberPublicationState } from '../hooks/publicationState'
import { publishedVersionsForPublic } from '../hooks/publishedVersionsForPublic'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced'
import { refuseStaleWrite } from '../hooks/refuseStaleWrite'
import { confirmPublication } from '../hooks/workflow/confirmPublication'
import { enforceReviewWorkflow } from '../hooks/workflow/enforceReviewWorkflow'
import { recordDeletion } from '../hooks/workflow/recordDeletion'
import { recordVoidedApproval } from '../hooks/workflow/recordVoidedApproval'
import { isMedicalCollection } from '../workflow/reviewedFields'
import { hookPlugin } from './hookPlugin'

/**
 * The medical sign-off on articles, treatments and risk disclosures. The public reads published
 * versions only, and only the locales a reviewer approved, without the staff-only lists Payload
 * leaves behind empty. Before a change: authors learn their limits, stale writes are refused, the
 * publication state is remembered, then the workflow rules decide. After it: the publication is
 * confirmed against the approval, the document's published snapshots rebuilt (src/readModel),
 * both in the same transaction, and a voided approval recorded. A delete is refused while
 * linked, recorded once the collection's own hooks let it through, and its snapshots dropped.
 */
export const medicalReview = hookPlugin((collection) =>
  isMedicalCollection(collection.slug)
    ? {
        before: {
          beforeOperation: [publishedVersionsForPublic, selectApprovedLocales, explainAuthorLimits],
          beforeRead: [servePublicLocales],
          afterRead: [dropUnreadableArrays],
          beforeChange: [refuseStaleWrite, rememberPublicationState, enforceReviewWorkflow],
          afterChange: [confirmPublication, storePublishedSnapshot, recordVoidedApproval],
          beforeDelete: [refuseDeleteWhileReferenced],
          afterDelete: [dropDeletedSnapshot],
        },
        after: { beforeDelete: [recordDeletion] },
      }
    : undefined,
)
