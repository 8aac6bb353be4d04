import type { CollectionBeforeChangeHook } from 'payload'

import { mayChangeAccountFacts } from '../../../access/permissions'
import { RuleViolation } from '../../../errors'
import type { User } from '../../../payload-types'
import { ADMIN_ONLY_USER_FIELDS, sameValue } from './guardAdminOnlyFields'

/**
 * Nobody changes their own roles, credentials, license or public profile, admins included:
 * another admin must. Checked per document on every path (REST, GraphQL, bulk updates, the
 * Local API with overrideAccess), so an admin cannot make themselves a medical reviewer.
 */
export const refuseSelfCredentialing: CollectionBeforeChangeHook<User> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || mayChangeAccountFacts(req, originalDoc.id))
    return data
  const record = data as Record<string, unknown>
  const original = originalDoc as unknown as Record<string, unknown>
  const changed = ADMIN_ONLY_USER_FIELDS.filter(
    (field) => field in record && !sameValue(record[field], original[field]),
  )
  if (changed.length === 0) return data
  throw new RuleViolation(
    403,
    `You cannot change your own ${changed.join(', ')}; another admin must.`,
    { rule: 'self-credentialing', field: changed[0] },
  )
}
