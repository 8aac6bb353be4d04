import type { Endpoint, PayloadRequest } from 'payload'

import { actorOf } from '../access/permissions'
import {
  checkRelease,
  publishRelease,
  releaseResult,
  scheduleRelease,
  unscheduleRelease,
} from '../workflow/releases'
import { documentEndpoint, readJsonObject, refuseNonStaff } from './request'

/** What would stop a release now, member by member, without writing anything: for the admin's release panel and for clients. */
export async function releaseCheckAnswer(req: PayloadRequest, id: number | string) {
  refuseNonStaff(req)
  const check = await checkRelease(req, id, actorOf(req))
  return { ...releaseResult(check, check.release), ready: check.problems.length === 0 }
}

/** The release actions as REST endpoints on `releases`. */
export const releaseEndpoints: Endpoint[] = [
  documentEndpoint('check', 'get', releaseCheckAnswer),
  documentEndpoint('publish', 'post', (req, id) => publishRelease(req, id)),
  documentEndpoint('schedule', 'post', async (req, id) =>
    scheduleRelease(req, id, await readJsonObject(req)),
  ),
  documentEndpoint('unschedule', 'post', (req, id) => unscheduleRelease(req, id)),
]
