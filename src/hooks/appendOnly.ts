import type { CollectionConfig } from 'payload'

import { RuleViolation } from '../errors'
import { isWorkflowWrite } from '../workflow/context'

/**
 * The hooks of an audit trail: rows are only ever created, and only by the workflow's own
 * writes; any update or delete is refused with 403 `rule`, through every API, the Local API with
 * overrideAccess included.
 */
export function appendOnly(message: string, rule: string): NonNullable<CollectionConfig['hooks']> {
  const refuse = () => new RuleViolation(403, message, { rule })
  return {
    beforeChange: [
      ({ context, operation }) => {
        if (operation !== 'create' || !isWorkflowWrite(context)) throw refuse()
      },
    ],
    beforeDelete: [
      () => {
        throw refuse()
      },
    ],
  }
}
