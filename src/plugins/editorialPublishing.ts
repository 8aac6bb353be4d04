import { EDITORIAL_COLLECTIONS } from '../collections/editorial'
import { rememberPublicationState } from '../hooks/publicationState'
import { publishedVersionsForPublic } from '../hooks/publishedVersionsForPublic'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced'
import { refuseStaleWrite } from '../hooks/refuseStaleWrite'
import { hookPlugin } from './hookPlugin'

/**
 * Clinics and conditions: the public reads published versions only, stale writes are refused,
 * the publication state is remembered for the change announcements, and a linked document is
 * not deleted.
 */
export const editorialPublishing = hookPlugin((collection) =>
  (EDITORIAL_COLLECTIONS as readonly string[]).includes(collection.slug)
    ? {
        before: {
          beforeOperation: [publishedVersionsForPublic],
          beforeChange: [refuseStaleWrite, rememberPublicationState],
          beforeDelete: [refuseDeleteWhileReferenced],
        },
      }
    : undefined,
)
