import type { CollectionConfig } from 'payload'

import { publishedOrPreview } from '../access/content'
import { isEditorOrAdmin } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { draftVersions, EDITORIAL_LOCK } from '../fields/versions'
import { rememberPublicationState } from '../hooks/publicationState'
import { publishedVersionsForPublic } from '../hooks/publishedVersionsForPublic'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced'
import { refuseStaleWrite } from '../hooks/refuseStaleWrite'

/**
 * What the editorial collections (clinics, conditions) share: editors and admins write and
 * publish them without a medical sign-off, drafts, short document locks, and the hooks that
 * keep the published version public and refuse stale writes and deletes of linked documents.
 */
export function editorialCollection<Slug extends 'clinic-locations' | 'conditions'>(config: CollectionConfig<Slug>): CollectionConfig<Slug> {
  return {
    ...config,
    access: { read: publishedOrPreview, readVersions: isStaff, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
    versions: draftVersions,
    lockDocuments: EDITORIAL_LOCK,
    hooks: {
      ...config.hooks,
      beforeOperation: [publishedVersionsForPublic, ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [refuseStaleWrite, rememberPublicationState, ...(config.hooks?.beforeChange ?? [])],
      beforeDelete: [refuseDeleteWhileReferenced, ...(config.hooks?.beforeDelete ?? [])],
    },
  }
}
