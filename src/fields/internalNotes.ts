import type { TextareaField } from 'payload'

import { isStaffField } from '../access/fields'

/** Notes between staff; never in a public response. */
export const internalNotesField: TextareaField = {
  name: 'internalNotes',
  type: 'textarea',
  maxLength: 5000,
  access: { read: isStaffField, create: isStaffField, update: isStaffField },
  admin: { position: 'sidebar', description: 'Staff only. Never shown publicly.' },
}
