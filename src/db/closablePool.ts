import pg from 'pg'

/**
 * pg's Pool, except that `end()` also closes the clients still checked out. Payload's PostgreSQL
 * adapter checks one client out when it connects and never releases it, so a plain `end()`
 * would wait forever and a script (seed, restore) or a stopped server would never exit.
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
    for (const client of this.#checkedOut) client.release(true)
    await ended
  }
}
