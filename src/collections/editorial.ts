import type { CollectionConfig } from 'payload'

import { publishedOrPreview } from '../access/content'
import { isEditorOrAdmin } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { draftVersions, EDITORIAL_LOCK } from '../fields/versions'

/**
 * What the editorial collections (clinics, conditions) share: editors and admins write and
 * publish them without a medical sign-off, with drafts and short document locks (their hooks:
 * src/plugins/editorialPublishing.ts).
 */
/** Published without a medical sign-off, but with drafts, links and concurrent editors. */
export const EDITORIAL_COLLECTIONS = ['clinic-locations', 'conditions'] as const

export function editorialCollection<Slug extends (typeof EDITORIAL_COLLECTIONS)[number]>(
  config: CollectionConfig<Slug>,
): CollectionConfig<Slug> {
  return {
    ...config,
    access: {
      read: publishedOrPreview,
      readVersions: isStaff,
      create: isEditorOrAdmin,
      update: isEditorOrAdmin,
      delete: isEditorOrAdmin,
    },
    versions: draftVersions,
    lockDocuments: EDITORIAL_LOCK,
  }
}
