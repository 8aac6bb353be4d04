import {
  commitTransaction,
  initTransaction,
  isolateObjectProperty,
  killTransaction,
  type PayloadRequest,
} from 'payload'

/**
 * A view of `req` for a nested Local API call: it shares the user and the open transaction,
 * but the call's locale and context do not leak back into the outer request.
 */
export function nestedReq(req: PayloadRequest): PayloadRequest {
  return isolateObjectProperty(req, ['locale', 'fallbackLocale', 'context'])
}

/** Runs `work` in the request's transaction (opening one if needed): all of it lands, or none. */
export async function withTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
