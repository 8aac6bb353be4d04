import DataLoader from 'dataloader'
import type { PayloadRequest } from 'payload'

const memos = new WeakMap<object, Map<string, unknown>>()

/**
 * What identifies one API request across its nested reads. Payload's GraphQL resolvers and
 * `nestedReq` hand nested reads a proxy of the request (with its own locale or transaction),
 * so the proxy itself differs from read to read; the request's dataloader is one object that
 * every proxy of the request returns unchanged.
 */
const requestIdentity = (req: PayloadRequest): object => req.payloadDataLoader ?? req

/**
 * Creates a value once per key per request: a list of twenty articles by the same reviewer
 * asks the database for that reviewer once.
 */
export function memoForRequest<T>(req: PayloadRequest, key: string, create: () => T): T {
  const identity = requestIdentity(req)
  let memo = memos.get(identity)
  if (!memo) {
    memo = new Map()
    memos.set(identity, memo)
  }
  if (!memo.has(key)) memo.set(key, create())
  return memo.get(key) as T
}

/**
 * Documents by id, read together once per request: every id asked for in the same tick
 * becomes one call of `readByIds`, and each id is read once. `readByIds` answers the ids it
 * found; the others load as null.
 */
export function loaderForRequest<V>(
  req: PayloadRequest,
  key: string,
  readByIds: (ids: string[]) => Promise<Map<string, V>>,
): DataLoader<string, V | null> {
  return memoForRequest(
    req,
    key,
    () =>
      new DataLoader<string, V | null>(async (ids) => {
        const found = await readByIds([...ids])
        return ids.map((id) => found.get(id) ?? null)
      }),
  )
}

/** Enrichment for readers of the API (REST, GraphQL), not for the admin's or the workflow's own reads. */
export function isDeliveryRead(
  req: PayloadRequest,
  context: Record<string, unknown> | undefined,
): boolean {
  return (req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL') && !context?.internalRead
}
