import { WEBHOOK_COLLECTIONS } from '../collections/Webhooks'
import { tagReadDocument, tagReadRequest } from '../delivery/cacheTags'
import { announceChange, announceDelete } from '../delivery/contentChanges'
import { queueWebhooksOnChange, queueWebhooksOnDelete } from '../hooks/queueWebhooks'
import {
  markDependentSnapshotsStale,
  markDependentSnapshotsStaleOnDelete,
} from '../hooks/readModel/markDependentSnapshotsStale'
import {
  dropDeletedSnapshot,
  storePublishedSnapshot,
} from '../hooks/readModel/storePublishedSnapshot'
import { isReadModelCollection } from '../readModel/coverage'
import { isMedicalCollection } from '../workflow/reviewedFields'
import { hookPlugin } from './hookPlugin'

/**
 * What anonymous readers can get: the content collections, media, and users (bylines show
 * their names, so a profile change is a content change too).
 */
export const PUBLIC_COLLECTIONS = [
  'articles',
  'treatment-options',
  'risk-disclosures',
  'clinic-locations',
  'conditions',
  'media',
  'users',
]

const isPublic = (slug: string) => PUBLIC_COLLECTIONS.includes(slug)
const hasWebhooks = (slug: string) => (WEBHOOK_COLLECTIONS as readonly string[]).includes(slug)

/**
 * Last, once every rule has passed: committed writes are announced to this process's cache and
 * the other processes, and queued for webhooks (content collections).
 */
export const announcingChanges = hookPlugin((collection) =>
  isPublic(collection.slug)
    ? {
        after: {
          afterChange: [
            announceChange,
            ...(hasWebhooks(collection.slug) ? [queueWebhooksOnChange] : []),
          ],
          afterDelete: [
            announceDelete,
            ...(hasWebhooks(collection.slug) ? [queueWebhooksOnDelete] : []),
          ],
        },
      }
    : undefined,
)

/** Read-model collections whose own snapshots are stored here; medical ones store theirs after the sign-off is confirmed (medicalReview). */
const storesOwnSnapshots = (slug: string) =>
  isReadModelCollection(slug) && !isMedicalCollection(slug)

/**
 * The published read model stays current: a clinic's own snapshots are rebuilt when it is
 * published, unpublished or deleted, in the writing transaction; when something snapshots embed
 * changes, the snapshots that embed it are marked stale in that transaction and rebuilt after it.
 */
export const keepingReadModel = hookPlugin((collection) =>
  isPublic(collection.slug)
    ? {
        after: {
          afterChange: [
            ...(storesOwnSnapshots(collection.slug) ? [storePublishedSnapshot] : []),
            markDependentSnapshotsStale,
          ],
          afterDelete: [
            ...(storesOwnSnapshots(collection.slug) ? [dropDeletedSnapshot] : []),
            markDependentSnapshotsStaleOnDelete,
          ],
        },
      }
    : undefined,
)

/** Every public answer records the documents it read, as its cache tags. */
export const taggingReads = hookPlugin((collection) =>
  isPublic(collection.slug)
    ? { after: { beforeOperation: [tagReadRequest], afterRead: [tagReadDocument] } }
    : undefined,
)
