import type { Access, PayloadRequest } from 'payload'

import { isStaffUser } from './roles'

/** Anyone who works in the CMS: admin, editor, author, medical reviewer. */
export const isStaff: Access = ({ req }) => isStaffUser(req.user)

/** Who may open the admin UI at all (the preview API key may not). */
export const canUseAdmin = ({ req }: { req: PayloadRequest }): boolean => isStaffUser(req.user)
