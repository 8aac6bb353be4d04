import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

type Callback = () => void

const PENDING = Symbol.for('cms.afterCommit.pending')

function pendingFor(adapter: BaseDatabaseAdapter): Map<number | string, Callback[]> {
  const holder = adapter as unknown as Record<symbol, Map<number | string, Callback[]>>
  return (holder[PENDING] ??= new Map())
}

/**
 * Runs `callback` once the request's transaction has committed (straight away when there is
 * none), never after a rollback. Caches and other processes must only hear about data that
 * readers can actually see.
 */
export async function afterCommit(req: PayloadRequest, callback: Callback): Promise<void> {
  const id = req.transactionID ? await req.transactionID : undefined
  if (id === undefined || id === null) {
    callback()
    return
  }
  const pending = pendingFor(req.payload.db as unknown as BaseDatabaseAdapter)
  pending.set(id, [...(pending.get(id) ?? []), callback])
}

/** Teaches an adapter to run the callbacks registered with `afterCommit`. */
export function runCallbacksOnCommit(adapter: BaseDatabaseAdapter): void {
  const pending = pendingFor(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  adapter.commitTransaction = async (incoming) => {
    const id = await incoming
    await commit(incoming)
    const callbacks = pending.get(id) ?? []
    pending.delete(id)
    callbacks.forEach((callback) => callback())
  }
  adapter.rollbackTransaction = async (incoming) => {
    const id = await incoming
    try {
      await rollback(incoming)
    } finally {
      pending.delete(id)
    }
  }
}
