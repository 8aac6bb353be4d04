/**
 * The multi-process suite again, with Debian's redis-server (started by the suite) as the store
 * the processes share for rate limits and cache invalidation, instead of PostgreSQL.
 */
process.env.MULTI_PROCESS_SHARED_STORE = 'redis'
await import('./multi-process.test')

// A module, for the top-level await.
export {}
