import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '../../../payload-types'

/** The first publish stamps the date readers see; later publishes keep it. */
export const setPublishedAt: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
