import type { CollectionBeforeOperationHook } from 'payload'

import { canReadDrafts } from '../access/content'
import { isSystemCall } from '../access/roles'

/**
 * `?draft=true` (REST) or `draft: true` (GraphQL) from someone who may not read drafts reads
 * the published version instead: never a draft, and no error that would hint one exists.
 * Server code (the Local API without a user) reads drafts as asked.
 */
export const publishedVersionsForPublic: CollectionBeforeOperationHook<any> = ({
  args,
  operation,
  req,
}) => {
  if (
    operation === 'read' &&
    (args as { draft?: boolean }).draft &&
    !canReadDrafts(req.user) &&
    !isSystemCall(req)
  ) {
    return { ...args, draft: false }
  }
  return args
}
