import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditorOrAdmin } from '../access/isEditor'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced'

export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/svg+xml', 'application/pdf']

export function createMediaCollection(staticDir: string): CollectionConfig<'media'> {
  return {
    slug: 'media',
    admin: { useAsTitle: 'alt', group: 'Content' },
    access: {
      read: anyone,
      create: isEditorOrAdmin,
      update: isEditorOrAdmin,
      delete: isEditorOrAdmin,
    },
    defaultPopulate: { alt: true, url: true, width: true, height: true, mimeType: true, sizes: true, filename: true },
    hooks: { beforeDelete: [refuseDeleteWhileReferenced] },
    upload: {
      staticDir,
      mimeTypes: MEDIA_MIME_TYPES,
      imageSizes: [
        { name: 'thumbnail', width: 300, height: 300, position: 'centre' },
        { name: 'card', width: 768, height: 512, position: 'centre' },
        { name: 'hero', width: 1600, height: undefined },
      ],
      adminThumbnail: 'thumbnail',
      focalPoint: true,
    },
    fields: [
      { name: 'alt', type: 'text', localized: true, required: true, maxLength: 300 },
      { name: 'caption', type: 'text', maxLength: 500 },
      { name: 'credit', type: 'text', maxLength: 200 },
    ],
  }
}
