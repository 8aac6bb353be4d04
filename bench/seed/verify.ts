import { createLocalReq, type Payload } from 'payload'

import type { User } from '../../src/payload-types'
import { evaluatePublication } from '../../src/workflow/publication'
import type { ReviewStatus } from '../../src/fields/review'
import { actorOf, readAllLocales } from '../../src/workflow/store'

type Id = number | string

/**
 * Checks seeded articles with the workflow's own publish rules, read back through the Local
 * API: the public row and the latest version must both be content an editor could publish
 * now, i.e. approved by a qualified reviewer who did not write it, with a matching content
 * hash, published treatments and at least one reference. Throws on the first failure.
 */
export async function verifyPublishedArticles(
  payload: Payload,
  editor: User,
  ids: readonly Id[],
): Promise<void> {
  const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
  for (const id of ids) {
    for (const draft of [false, true]) {
      const stored = await readAllLocales(req, 'articles', id, draft)
      if (!stored) throw new Error(`seed check: article ${id} is missing`)
      if (stored._status !== 'published')
        throw new Error(`seed check: article ${id} is ${String(stored._status)}, not published`)
      const { problems } = await evaluatePublication(
        req,
        'articles',
        id,
        stored,
        actorOf(req),
        stored.reviewStatus as ReviewStatus,
      )
      if (problems.length > 0) {
        const which = draft ? 'latest version' : 'published row'
        throw new Error(
          `seed check: article ${id} (${which}) breaks the sign-off rules: ${problems.map((problem) => problem.message).join(' ')}`,
        )
      }
    }
  }
}
