import { rememberPublicationState } from '../hooks/publicationState'
import { publishedVersionsForPublic } from '../hooks/publishedVersionsForPublic'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced'
import { refuseStaleWrite } from '../hooks/refuseStaleWrite'
import { hookPlugin } from './hookPlugin'

/** Published without a medical sign-off, but with drafts, links and concurrent editors. */
const EDITORIAL_COLLECTIONS = ['clinic-locations', 'conditions']

/**
 * Clinics and conditions: the public reads published versions only, stale writes are refused,
 * the publication state is remembered for the change announcements, and a linked document is
 * not deleted.
 */
export const editorialPublishing = hookPlugin((collection) =>
  EDITORIAL_COLLECTIONS.includes(collection.slug)
    ? {
        before: {
          beforeOperation: [publishedVersionsForPublic],
          beforeChange: [refuseStaleWrite, rememberPublicationState],
          beforeDelete: [refuseDeleteWhileReferenced],
        },
      }
    : undefined,
)
