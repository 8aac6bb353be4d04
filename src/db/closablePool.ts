import pg from 'pg'

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void

/**
 * pg's Pool, except that `end()` also closes the clients still checked out. Payload's PostgreSQL
 * adapter checks one client out when it connects and never releases it, so a plain `end()`
 * would wait forever and a script (seed, restore) or a stopped server would never exit.
 */
export class ClosablePool extends pg.Pool {
  readonly #checkedOut = new Set<pg.PoolClient>()

  override connect(): Promise<pg.PoolClient>
  override connect(callback: ConnectCallback): void
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (!callback) return super.connect().then((client) => this.#track(client))
    super.connect((error, client, done) => callback(error, client && this.#track(client), done))
  }

  override async end(): Promise<void> {
    const ended = super.end()
    for (const client of this.#checkedOut) client.release(true)
    await ended
  }

  #track(client: pg.PoolClient): pg.PoolClient {
    this.#checkedOut.add(client)
    const release = client.release.bind(client)
    client.release = (destroy?: Error | boolean) => {
      this.#checkedOut.delete(client)
      release(destroy)
    }
    return client
  }
}
