import { createLocalReq, type Payload } from 'payload'

import { rebuildDocument } from './build'
import { isReadModelCollection } from './coverage'
import { deleteDocument, hasReadModel, lockReadModel, queryFor, staleDocuments } from './store'

/**
 * Documents rebuilt per transaction. A change of a clinic or a treatment marks every article
 * that embeds it (hundreds at 10,000 articles, each four answers built by Payload): rebuilt in
 * the changing transaction, one clinic's edit took 25–32 s and held SQLite's only write lock
 * all along. Another writer waits for one batch at most: an edit during a rebuild took
 * 0.5–0.7 s with batches of four, 1.1–1.5 s with batches of ten.
 */
const BATCH = 4
const RETRY_MS = 5000

/** Runs `work` in a transaction of its own, committed when it succeeds. */
export async function inTransaction(
  payload: Payload,
  work: (req: Awaited<ReturnType<typeof createLocalReq>>) => Promise<void>,
): Promise<void> {
  const req = await createLocalReq({}, payload)
  req.transactionID = (await payload.db.beginTransaction()) ?? undefined
  try {
    await work(req)
    if (req.transactionID) await payload.db.commitTransaction(req.transactionID)
  } catch (error) {
    if (req.transactionID) await payload.db.rollbackTransaction(req.transactionID)
    throw error
  }
}

/**
 * Lets timers, requests and native finalizers run between documents. SQLite's driver answers
 * synchronously, so a rebuild's awaits never reached the event loop otherwise: requests waited
 * for the whole rebuild, and libsql's statements and connections, freed by finalizers that the
 * event loop runs, piled up (RSS 0.3 → 1.7 GB over a rebuild of 600 articles).
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

/** One batch of stale documents rebuilt (or dropped) in one transaction; how many there were. */
async function rebuildBatch(payload: Payload): Promise<number> {
  // Most checks find nothing: a plain read, without taking the write lock.
  if ((await staleDocuments(await queryFor(payload), 1)).length === 0) return 0
  let rebuilt = 0
  await inTransaction(payload, async (req) => {
    await lockReadModel(req)
    const query = await queryFor(payload, req)
    for (const { collection, id } of await staleDocuments(query, BATCH)) {
      // Every path of rebuildDocument rewrites or deletes the document's rows, its mark with them.
      if (isReadModelCollection(collection)) await rebuildDocument(req, collection, id, query)
      else await deleteDocument(query, collection, id)
      rebuilt += 1
    }
  })
  return rebuilt
}

export interface StaleRebuilder {
  /** Starts rebuilding the stale documents, unless a rebuild is already running (which then goes on until none is left). */
  kick: () => void
  /** Resolves once no rebuild is running. */
  idle: () => Promise<void>
  /** Lets the running batch finish and starts no other. */
  stop: () => Promise<void>
}

function createStaleRebuilder(payload: Payload): StaleRebuilder {
  let running: Promise<void> | undefined
  let kickedWhileRunning = false
  let stopped = false
  let retry: NodeJS.Timeout | undefined
  const drain = async () => {
    do {
      kickedWhileRunning = false
      while (!stopped && (await rebuildBatch(payload)) > 0) await yieldToEventLoop()
    } while (kickedWhileRunning && !stopped)
  }
  const kick = () => {
    if (stopped || !hasReadModel(payload)) return
    if (running) {
      kickedWhileRunning = true
      return
    }
    clearTimeout(retry)
    running = drain()
      .catch((error: Error) => {
        if (stopped) return
        payload.logger.warn(
          { err: error },
          `could not rebuild stale read-model snapshots (Payload answers for them); trying again in ${RETRY_MS} ms`,
        )
        retry = setTimeout(kick, RETRY_MS).unref()
      })
      .finally(() => {
        running = undefined
      })
  }
  return {
    kick,
    idle: async () => {
      while (running) await running
    },
    stop: async () => {
      stopped = true
      clearTimeout(retry)
      await running
    },
  }
}

const rebuilders = new WeakMap<Payload, StaleRebuilder>()

/**
 * The rebuilder of stale snapshots of one Payload instance. A write that changes what other
 * snapshots embed marks them stale in its transaction (src/hooks/readModel/markDependentSnapshotsStale.ts)
 * and kicks this once it has committed; a server also kicks it at start and every
 * `POLL_MS`, for marks left by a process that stopped before it had rebuilt them.
 */
export function staleRebuilder(payload: Payload): StaleRebuilder {
  let rebuilder = rebuilders.get(payload)
  if (!rebuilder) {
    rebuilder = createStaleRebuilder(payload)
    rebuilders.set(payload, rebuilder)
  }
  return rebuilder
}

/** How often a server looks for marks another process left. */
export const POLL_MS = 30_000
