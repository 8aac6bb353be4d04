import { AsyncLocalStorage } from 'node:async_hooks'

import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

/**
 * One writer at a time for the embedded SQLite database.
 *
 * libsql runs every statement synchronously and each transaction runs on a connection of its
 * own (src/db/sqliteTransactions.ts), so a second writer inside this process would block the
 * event loop that the first writer needs to finish, waiting out the busy timeout. The
 * gate queues writers in JavaScript instead: a transaction holds it from begin to commit or
 * rollback, and a write made outside any transaction holds it for that one statement.
 */
export class WriteGate {
  private tail: Promise<void> = Promise.resolve()
  private held = 0

  constructor(private readonly acquireTimeoutMs: number) {}

  get busy(): boolean {
    return this.held > 0
  }

  /** Resolves with a release function once every earlier holder has released. */
  async acquire(): Promise<() => void> {
    let release!: () => void
    const previous = this.tail
    const mine = new Promise<void>((resolve) => {
      release = resolve
    })
    this.tail = previous.then(() => mine)
    this.held += 1
    let timer: NodeJS.Timeout | undefined
    try {
      await Promise.race([
        previous,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new DatabaseBusyError(
                  `waited ${this.acquireTimeoutMs} ms for the database write lock`,
                ),
              ),
            this.acquireTimeoutMs,
          )
        }),
      ])
    } catch (error) {
      // Give the place back so the queue behind us does not stall on a writer that never ran.
      previous.then(release, release)
      this.held -= 1
      throw error
    } finally {
      clearTimeout(timer)
    }
    let released = false
    return () => {
      if (released) return
      released = true
      this.held -= 1
      release()
    }
  }
}

export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError'
}

const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type AnyFn = (...args: unknown[]) => Promise<unknown>

function requestOf(args: unknown[]): Partial<PayloadRequest> | undefined {
  const first = args[0]
  if (first && typeof first === 'object' && 'req' in first) {
    return (first as { req?: Partial<PayloadRequest> }).req
  }
  return undefined
}

/** Set while a write made outside a transaction holds the gate, for the writes it makes itself. */
const holdingGate = new AsyncLocalStorage<true>()

const gates = new WeakMap<object, WriteGate>()

/**
 * Runs `work`, which writes on the adapter's own client outside any transaction, when it is the
 * adapter's turn to write (at once on an adapter without a gate).
 */
export async function withWriteTurn<T>(adapter: object, work: () => Promise<T>): Promise<T> {
  const gate = gates.get(adapter)
  return !gate || holdingGate.getStore() ? work() : inTurn(gate, work)
}

/** Holds `gate` while `work` runs; the writes `work` makes itself do not wait for it again. */
async function inTurn<T>(gate: WriteGate, work: () => Promise<T>): Promise<T> {
  const release = await gate.acquire()
  try {
    return await holdingGate.run(true, work)
  } finally {
    release()
  }
}

/** Wraps an initialised SQLite adapter so that all of its writes pass through one gate. */
export function gateSqliteWrites(adapter: BaseDatabaseAdapter, gate: WriteGate): void {
  gates.set(adapter, gate)
  const releases = new Map<number | string, () => void>()
  const target = adapter as unknown as Record<string, AnyFn>

  const begin = target.beginTransaction.bind(adapter)
  target.beginTransaction = async (...args: unknown[]) => {
    const release = await gate.acquire()
    try {
      const id = (await begin(...args)) as null | number | string
      if (id === null || id === undefined) {
        release()
      } else {
        releases.set(id, release)
      }
      return id
    } catch (error) {
      release()
      throw error
    }
  }

  for (const name of ['commitTransaction', 'rollbackTransaction'] as const) {
    const original = target[name].bind(adapter)
    target[name] = async (...args: unknown[]) => {
      const id = (await args[0]) as number | string
      try {
        return await original(...args)
      } finally {
        releases.get(id)?.()
        releases.delete(id)
      }
    }
  }

  for (const name of WRITE_METHODS) {
    const original = target[name]?.bind(adapter)
    if (!original) continue
    target[name] = async (...args: unknown[]) => {
      // A write method that calls another one (drizzle's `upsert` is `this.updateOne`) already
      // holds the gate: waiting for it again waited on itself until the timeout. That was the
      // 15 s stall and 503 of every admin preference save (upserts outside a transaction).
      if (holdingGate.getStore()) return original(...args)
      const req = requestOf(args)
      const transactionID = req?.transactionID ? await req.transactionID : undefined
      if (transactionID !== undefined && releases.has(transactionID)) {
        return original(...args)
      }
      return inTurn(gate, () => original(...args))
    }
  }
}
