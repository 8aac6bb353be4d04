import type { CollectionBeforeChangeHook } from 'payload'

import { fieldError } from '../../errors'
import type { Release } from '../../payload-types'
import { isWorkflowWrite } from '../../workflow/context'
import { currentPin, memberRef } from '../../workflow/releases'
import { isMedicalCollection } from '../../workflow/reviewedFields'
import type { Problem } from '../../workflow/rules'
import { refusal } from '../../workflow/service'
import { readAllLocales } from '../../workflow/store'

type Member = NonNullable<Release['members']>[number]

const short = (hash: string): string => hash.slice(0, 12)

/**
 * Pins every publication a save adds to the version that may be published now: a medical
 * document's approval (its hash, locales and document key), an editorial document's latest
 * draft. A member already in the release keeps its pin; stating a different `contentHash`
 * re-pins it, which must then be the approved version (409 otherwise). An unapproved medical
 * document cannot be pinned (422). Withdrawals pin nothing but the document's key.
 */
export const pinReleaseMembers: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  context,
}) => {
  if (isWorkflowWrite(context) || !Array.isArray(data.members)) return data
  const stored = new Map(((originalDoc?.members ?? []) as Member[]).map((row) => [row.id, row]))
  const seen = new Set<string>()
  const problems: Problem[] = []
  for (const [index, row] of (data.members as Member[]).entries()) {
    const ref = memberRef(row)
    if (!ref)
      throw fieldError(
        'releases',
        `members.${index}.document`,
        'Each member names a document of a content collection.',
      )
    const key = `${ref.collection}:${ref.id}`
    if (seen.has(key))
      throw fieldError(
        'releases',
        `members.${index}.document`,
        `${ref.collection} ${ref.id} is in this release already.`,
      )
    seen.add(key)
    const doc = await readAllLocales(req, ref.collection, ref.id, true)
    if (!doc)
      throw fieldError(
        'releases',
        `members.${index}.document`,
        `There is no ${ref.collection} document with id ${ref.id}.`,
      )
    const documentKey =
      isMedicalCollection(ref.collection) && typeof doc.documentKey === 'string'
        ? doc.documentKey
        : null
    if (row.action === 'unpublish') {
      Object.assign(row, { contentHash: null, pinnedLocales: [], pinnedAt: null, documentKey })
      continue
    }
    const before = row.id ? stored.get(row.id) : undefined
    const beforeRef = before ? memberRef(before) : undefined
    const pinned =
      before?.action === 'publish' &&
      before.contentHash &&
      beforeRef?.collection === ref.collection &&
      beforeRef.id === ref.id
        ? before
        : undefined
    if (pinned && (!row.contentHash || row.contentHash === pinned.contentHash)) {
      Object.assign(row, {
        contentHash: pinned.contentHash,
        pinnedLocales: pinned.pinnedLocales ?? [],
        pinnedAt: pinned.pinnedAt,
        documentKey: pinned.documentKey ?? null,
      })
      continue
    }
    const pin = await currentPin(req, ref.collection, ref.id)
    const label = `${ref.collection} ${ref.id}`
    if (!pin || 'problem' in pin) {
      problems.push({
        rule: 'pin-not-approved',
        kind: 'state',
        field: `members.${index}`,
        message: `${label}: ${pin && 'problem' in pin ? pin.problem : 'it no longer exists.'}`,
      })
    } else if (row.contentHash && row.contentHash !== pin.pin.contentHash) {
      problems.push({
        rule: 'pin-mismatch',
        kind: 'conflict',
        field: `members.${index}.contentHash`,
        message: `${label}: you asked to pin ${short(row.contentHash)}, but the version that may be published is ${short(pin.pin.contentHash)}.`,
      })
    } else {
      Object.assign(row, {
        contentHash: pin.pin.contentHash,
        pinnedLocales: pin.pin.locales ?? [],
        pinnedAt: new Date().toISOString(),
        documentKey: pin.pin.documentKey ?? null,
      })
    }
  }
  if (problems.length > 0) throw refusal('The release cannot be saved.', problems)
  return data
}
