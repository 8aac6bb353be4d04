import type { RelationshipField } from 'payload'

import { isStaffField } from '../access/fields'
import { optionalInGeneratedTypes } from './filledByServer'
import { existingRelations } from './validators'

/** Who wrote the document: they may edit it, and may not be the one who signs it off. */
export const authorsField: RelationshipField = {
  name: 'authors',
  type: 'relationship',
  relationTo: 'users',
  hasMany: true,
  required: true,
  minRows: 1,
  validate: existingRelations,
  defaultValue: ({ user }) => (user ? [user.id] : []),
  // Readers see authors through the byline, never as user ids.
  access: { read: isStaffField },
  // Left out of a create, it is the user who creates; optional in the generated types (and the SDK's create).
  typescriptSchema: optionalInGeneratedTypes,
  admin: {
    position: 'sidebar',
    description: 'Defaults to you. Reviewers cannot approve what they wrote.',
  },
}
