import { refuseMalformedData } from '../hooks/refuseMalformedData'
import { refuseUnusableQueries } from '../hooks/refuseUnusableQueries'
import { hookPlugin } from './hookPlugin'

/**
 * First in every collection: data of the wrong shape or type and queries the database cannot
 * run are refused with a 400 before any other hook or the database sees them.
 */
export const inputChecks = hookPlugin(() => ({
  before: { beforeOperation: [refuseMalformedData, refuseUnusableQueries] },
}))
