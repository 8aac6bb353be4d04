import { setTimeout as sleep } from 'node:timers/promises'

import pg from 'pg'

/** How long `end()` lets a query already running finish before it closes that client anyway. */
const RUNNING_QUERY_GRACE_MS = 5_000

/** pg 8.20.0's own record of a client's running and queued queries (not part of its typed API). */
interface ClientQueries {
  _activeQuery?: unknown
  _queryQueue?: unknown[]
}

const runsQuery = (client: pg.PoolClient): boolean => {
  const queries = client as unknown as ClientQueries
  return Boolean(queries._activeQuery) || (queries._queryQueue?.length ?? 0) > 0
}

/**
 * pg's Pool, except that `end()` also closes the clients still checked out. Payload's PostgreSQL
 * adapter checks one client out when it connects and never releases it, so a plain `end()`
 * would wait forever and a script (seed, restore) or a stopped server would never exit.
 *
 * A client that is running a query (a `pool.query()` or a transaction's statement still in
 * flight at shutdown) is first given `RUNNING_QUERY_GRACE_MS` to finish and come back by itself.
 * Whoever checked a client out releases it again later; after a forced release that second
 * release is made a no-op, since pg-pool throws on a double release from inside a socket
 * callback, where nothing can catch it and the process exits with 1 (seen when SIGTERM
 * arrived while a query ran).
 */
export class ClosablePool extends pg.Pool {
  readonly #checkedOut = new Set<pg.PoolClient>()

  constructor(config?: pg.PoolConfig) {
    super(config)
    // The pool's own events see every checkout and return, however the client is released.
    this.on('acquire', (client) => this.#checkedOut.add(client))
    this.on('release', (_error, client) => this.#checkedOut.delete(client))
    this.on('remove', (client) => this.#checkedOut.delete(client as pg.PoolClient))
  }

  override async end(): Promise<void> {
    const ended = super.end()
    const deadline = Date.now() + RUNNING_QUERY_GRACE_MS
    while ([...this.#checkedOut].some(runsQuery) && Date.now() < deadline) await sleep(10)
    for (const client of this.#checkedOut) {
      const release = client.release
      client.release = () => undefined
      release(true)
    }
    await ended
  }
}
