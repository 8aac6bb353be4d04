import type { Access } from 'payload'

import { mayWriteEditorial } from './permissions'

/** Editorial content (clinics, conditions, media): editors and admins write it (src/access/permissions.ts). */
export const isEditorOrAdmin: Access = ({ req }) => mayWriteEditorial(req.user)
