import type { Plugin } from 'payload'

import type { AppEnv } from '../env'
import { mediaStorage } from '../storage/objectStorage'
import { announcingChanges, keepingReadModel, taggingReads } from './contentChanges'
import { editorialPublishing } from './editorialPublishing'
import { humanLabels } from './humanLabels'
import { inputChecks } from './inputChecks'
import { medicalReview } from './medicalReview'

/**
 * Every plugin, in the order it runs. The hook plugins (src/plugins/hookPlugin.ts) add their
 * hooks in this order too, so per hook list a collection runs: input checks, the medical
 * sign-off or editorial publishing, the collection's own hooks, then the change announcements,
 * the read model's dependent snapshots and cache tags. Payload's storage plugin comes last and wraps the media collection as is.
 */
export function plugins(env: AppEnv): Plugin[] {
  return [
    inputChecks,
    medicalReview,
    editorialPublishing,
    announcingChanges,
    keepingReadModel,
    taggingReads,
    humanLabels,
    mediaStorage(env),
  ]
}
