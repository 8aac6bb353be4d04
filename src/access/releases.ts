import type { Access } from 'payload'

import { mayWriteReleases } from './permissions'

/** Editors and admins put releases together. */
export const canWriteReleases: Access = ({ req }) => mayWriteReleases(req.user)
