import { createHmac } from 'node:crypto'

import type DataLoader from 'dataloader'
import type { FieldHook, GroupField, PayloadRequest } from 'payload'

import { idOf } from '../lib/ids'
import { nestedReq } from '../lib/requests'
import type { User } from '../payload-types'
import { loaderForRequest } from './requestMemo'

export interface PersonByline {
  name: string
  credentials: string[]
  specialty: null | string
  photo: null | number | string
}

type BylineSource = Pick<User, 'credentials' | 'id' | 'name' | 'photo' | 'specialty'>

/** The public face of a user: what a byline shows, and nothing else. */
const toByline = (user: BylineSource): PersonByline => ({
  name: user.name,
  credentials: user.credentials ?? [],
  specialty: user.specialty ?? null,
  photo: idOf(user.photo) ?? null,
})

/**
 * The people a request's bylines name, read together: every byline asked for in the same tick
 * (twenty treatments on one GraphQL page, a list of articles) becomes one query, and each
 * person is read once per request.
 */
function bylineLoader(req: PayloadRequest): DataLoader<string, PersonByline | null> {
  return loaderForRequest(req, 'byline-people', async (ids) => {
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { name: true, credentials: true, specialty: true, photo: true },
      req: nestedReq(req),
      context: { internalRead: true },
    })
    return new Map((docs as BylineSource[]).map((user) => [String(user.id), toByline(user)]))
  })
}

/** A byline row's id: the same for one person on every read, and not their user id, which stays private. */
const rowIdOf = (req: PayloadRequest, userId: string): string =>
  createHmac('sha256', req.payload.secret).update(`byline:${userId}`).digest('hex').slice(0, 24)

const computeByline: FieldHook = async ({ data, req, context }) => {
  if (context?.internalRead) return undefined
  const reviewerId = idOf(data?.medicalReviewer)
  const authorIds = Array.isArray(data?.authors)
    ? data.authors.map(idOf).filter((id: string | undefined): id is string => Boolean(id))
    : []
  const people = bylineLoader(req)
  const [reviewer, ...authors] = await Promise.all([
    reviewerId ? people.load(reviewerId) : null,
    ...authorIds.map((id: string) => people.load(id)),
  ])
  return {
    // Payload walks a group's fields after this hook, so an unreviewed document gets an empty reviewer, not null.
    reviewer: reviewer ?? { name: null, credentials: [], specialty: null, photo: null },
    // A stable row id per person, so normalising clients keep rows apart, without exposing the user id.
    authors: authors.flatMap((author, index) =>
      author ? [{ id: rowIdOf(req, authorIds[index]), ...author }] : [],
    ),
    reviewedAt: data?.lastReviewedAt ?? null,
  }
}

// A fresh array each time: Payload adds an `id` field to an array's own field list.
const personFields = () => [
  { name: 'name', type: 'text' as const },
  { name: 'credentials', type: 'text' as const, hasMany: true as const },
  { name: 'specialty', type: 'text' as const },
  { name: 'photo', type: 'upload' as const, relationTo: 'media' as const },
]

/**
 * "Medically reviewed by …": the reviewer's and authors' public byline (name, credentials,
 * specialty, photo) and the review date, computed on read. Users themselves stay private.
 */
export const bylineField: GroupField = {
  name: 'byline',
  type: 'group',
  virtual: true,
  admin: { hidden: true },
  hooks: { afterRead: [computeByline] },
  fields: [
    { name: 'reviewer', type: 'group', fields: personFields() },
    { name: 'authors', type: 'array', fields: personFields() },
    { name: 'reviewedAt', type: 'date' },
  ],
}
