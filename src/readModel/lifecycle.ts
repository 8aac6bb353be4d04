import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { rebuildDocument } from './build'
import { READ_MODEL, READ_MODEL_COLLECTIONS, READ_MODEL_REVISION } from './coverage'
import { inTransaction, POLL_MS, staleRebuilder, yieldToEventLoop } from './refresh'
import { createReadModelServer, type ReadModelServer } from './serve'
import { hasReadModel, lockReadModel, queryFor, setRevision, storedRevision } from './store'
import { SNAPSHOTS } from './tables'

/** What the snapshots were built for: the coverage and the code revision. Another value means rebuild. */
export const readModelRevision = (): string =>
  `${READ_MODEL_REVISION}:${createHash('sha256').update(JSON.stringify(READ_MODEL)).digest('hex').slice(0, 16)}`

/**
 * Brings the read model up to date when it was built for another revision (or never): every
 * published document's snapshots rebuilt, and every snapshot of a document no longer published
 * removed, one document per transaction (each takes the read-model lock, so a publish in
 * another process meanwhile is never overwritten with older content). Then records the revision.
 */
export async function ensureReadModel(payload: Payload): Promise<boolean> {
  if (!hasReadModel(payload)) return false
  const revision = readModelRevision()
  if ((await storedRevision(await queryFor(payload))) === revision) return true
  for (const collection of READ_MODEL_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
      context: { internalRead: true },
    })
    const stale = await (
      await queryFor(payload)
    )(`SELECT DISTINCT doc_id FROM ${SNAPSHOTS} WHERE collection = ?`, [collection])
    const ids = new Set([
      ...docs.map((doc) => String(doc.id)),
      ...stale.map((row) => String(row.doc_id)),
    ])
    for (const id of ids) {
      await yieldToEventLoop()
      await inTransaction(payload, async (req) => {
        await lockReadModel(req)
        await rebuildDocument(req, collection, id)
      })
    }
  }
  await inTransaction(payload, async (req) => setRevision(await queryFor(payload, req), revision))
  return true
}

const RECHECK_MS = 5000

export interface ReadModel extends ReadModelServer {
  ready: () => boolean
  /** Stops looking for stale snapshots and waits for the batch being rebuilt. */
  stop: () => Promise<void>
}

/**
 * The read model of a server process: answers from it only once it is current. A process that
 * finds it built for another revision rebuilds it in the background (answering from Payload
 * meanwhile); one that finds another process's rebuild under way checks again every few
 * seconds. Snapshots marked stale are rebuilt once it is current, and looked for every `POLL_MS`.
 */
export function startReadModel(payload: Payload): ReadModel {
  let current = false
  let checkedAt = 0
  const check = () => {
    checkedAt = Date.now()
    void queryFor(payload)
      .then(storedRevision)
      .then((revision) => (current = revision === readModelRevision()))
      .catch(() => undefined)
  }
  const rebuilder = staleRebuilder(payload)
  let poll: NodeJS.Timeout | undefined
  if (hasReadModel(payload)) {
    void ensureReadModel(payload)
      .then((done) => {
        current = done
        rebuilder.kick()
        poll = setInterval(rebuilder.kick, POLL_MS).unref()
      })
      .catch((error: Error) =>
        payload.logger.error(
          { err: error },
          'could not rebuild the published read model; reads go to Payload',
        ),
      )
  }
  const ready = () => {
    if (!current && hasReadModel(payload) && Date.now() - checkedAt > RECHECK_MS) check()
    return current
  }
  const stop = async () => {
    clearInterval(poll)
    await rebuilder.stop()
  }
  return { ready, stop, ...createReadModelServer(payload, ready) }
}
