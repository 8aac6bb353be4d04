import type { CollectionConfig } from 'payload'

/** Drafts, history and scheduled publishing for every content collection. */
export const draftVersions: CollectionConfig['versions'] = {
  // Every save is validated, drafts included: bad input is refused, never stored for later.
  drafts: { schedulePublish: true, validate: true },
  maxPerDoc: 100,
}

/** Medical content keeps every version: review records point at the versions that were approved and published. */
export const medicalVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true, validate: true },
  maxPerDoc: 0,
}

/**
 * How long an editor's open document stays locked for other editors without activity: Payload's
 * five minutes kept a document locked long after a closed browser; a minute and a half is longer
 * than any pause while typing.
 */
export const EDITORIAL_LOCK: CollectionConfig['lockDocuments'] = { duration: 90 }
