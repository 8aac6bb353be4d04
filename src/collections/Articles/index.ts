import { referencesField } from '../../fields/references'
import { seoField } from '../../fields/seo'
import { contentLinks } from '../../fields/contentLinks'
import { slugField } from '../../fields/slug'
import { existingUploads } from '../../fields/validators'
import { articleRiskDisclosuresField, presentArticleRisks } from '../../delivery/fairBalance'
import { jsonLdEndpoint, jsonLdField } from '../../delivery/jsonldDocument'
import { setPublishedAt } from './hooks/setPublishedAt'
import { medicalCollection } from '../medical'

export const Articles = medicalCollection({
  slug: 'articles',
  labels: { singular: 'Article', plural: 'Articles' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'reviewStatus',
      'medicalReviewer',
      'nextReviewDue',
      '_status',
      'updatedAt',
    ],
  },
  defaultPopulate: {
    title: true,
    slug: true,
    summary: true,
    heroImage: true,
    publishedAt: true,
    lastReviewedAt: true,
  },
  hooks: { beforeChange: [setPublishedAt], afterRead: [presentArticleRisks] },
  endpoints: [jsonLdEndpoint('articles')],
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    slugField('title'),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300 },
    { name: 'body', type: 'richText', localized: true },
    { name: 'heroImage', type: 'upload', relationTo: 'media', validate: existingUploads },
    contentLinks('conditions', 'conditions'),
    contentLinks('treatments', 'treatment-options'),
    contentLinks('clinics', 'clinic-locations'),
    articleRiskDisclosuresField,
    referencesField(),
    seoField,
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', description: 'Set on first publish.' },
    },
    jsonLdField('articles'),
  ],
})
