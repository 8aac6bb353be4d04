import type { FieldAccess } from 'payload'

import { isStaffUser } from './roles'

/** Staff-only field: hidden from the public and from the preview API key. */
export const isStaffField: FieldAccess = ({ req }) => isStaffUser(req.user)

/** Nobody changes this field through the API; only workflow code (Local API, overrideAccess) sets it. */
export const workflowOnly: FieldAccess = () => false
