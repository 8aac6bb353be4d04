import type { GroupField } from 'payload'

import { existingUploads } from './validators'

export const seoField: GroupField = {
  name: 'seo',
  type: 'group',
  admin: { description: 'How the page appears in search results and link previews.' },
  fields: [
    { name: 'metaTitle', type: 'text', localized: true, maxLength: 70 },
    { name: 'metaDescription', type: 'textarea', localized: true, maxLength: 160 },
    { name: 'image', type: 'upload', relationTo: 'media', validate: existingUploads },
  ],
}
