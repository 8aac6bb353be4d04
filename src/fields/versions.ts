import type { CollectionConfig } from 'payload'

/** Drafts, history and scheduled publishing for every content collection. */
export const draftVersions: CollectionConfig['versions'] = {
  // Every save is validated, drafts included: bad input is refused, never stored for later.
  drafts: { schedulePublish: true, validate: true },
  maxPerDoc: 100,
}
