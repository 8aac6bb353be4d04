import type { Request as ExpressRequest } from 'express'
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'

import PQueue from 'p-queue'

import type { AdmissionSettings } from '../env'

/** The queue is full: answered 503 `server-busy` with `Retry-After`. */
export class ServerBusy extends Error {
  readonly retryAfterSeconds = 1
  constructor() {
    super('The server is busy. Try again in a moment.')
    this.name = 'ServerBusy'
  }
}

export interface Admission {
  /**
   * Runs `work` when a slot is free, in arrival order. Resolves undefined without running it
   * when the client hung up while waiting; throws `ServerBusy` when the queue is full.
   */
  admit: <T>(req: ExpressRequest, work: () => Promise<T>) => Promise<T | undefined>
}

/**
 * Admission control for API requests that need real work (cache hits never wait). Node
 * interleaves every request it has accepted, so under overload each one waits behind all the
 * others and the slowest time out; a bounded number at once, first come first served, keeps
 * latency even, memory bounded, database pools from running dry, and skips the work for
 * clients that have already given up.
 */
export function createAdmission({ maxConcurrent, maxQueued }: AdmissionSettings): Admission {
  const queue = new PQueue({ concurrency: maxConcurrent })
  return {
    admit: async (req, work) => {
      if (queue.pending >= maxConcurrent && queue.size >= maxQueued) throw new ServerBusy()
      return queue.add(async () => {
        await yieldToEventLoop()
        return req.socket.destroyed ? undefined : work()
      })
    },
  }
}
