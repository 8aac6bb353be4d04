import type { Endpoint, PayloadRequest } from 'payload'

import { actorOf } from '../access/permissions'
import {
  checkRelease,
  publishRelease,
  releaseResult,
  scheduleRelease,
  unscheduleRelease,
} from '../workflow/releases'
import { readJsonObject, refuseNonStaff } from './request'
import { parseDocumentId } from '../lib/ids'

const idOf = (req: PayloadRequest) => parseDocumentId(req.payload, req.routeParams?.id)

/** What would stop a release now, member by member, without writing anything: for the admin's release panel and for clients. */
export async function releaseCheckAnswer(req: PayloadRequest, id: number | string) {
  refuseNonStaff(req)
  const check = await checkRelease(req, id, actorOf(req))
  return { ...releaseResult(check, check.release), ready: check.problems.length === 0 }
}

/** The release actions as REST endpoints on `releases`. */
export const releaseEndpoints: Endpoint[] = [
  {
    path: '/:id/check',
    method: 'get',
    handler: async (req) => Response.json(await releaseCheckAnswer(req, idOf(req))),
  },
  {
    path: '/:id/publish',
    method: 'post',
    handler: async (req) => Response.json(await publishRelease(req, idOf(req))),
  },
  {
    path: '/:id/schedule',
    method: 'post',
    handler: async (req) =>
      Response.json(await scheduleRelease(req, idOf(req), await readJsonObject(req))),
  },
  {
    path: '/:id/unschedule',
    method: 'post',
    handler: async (req) => Response.json(await unscheduleRelease(req, idOf(req))),
  },
]
