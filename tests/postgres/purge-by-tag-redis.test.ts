/** Purge by tag across processes again, with Debian's redis-server (started by the test) carrying the tags instead of PostgreSQL. */
process.env.PURGE_SHARED_STORE = 'redis'
await import('./purge-by-tag.test')

// A module, for the top-level await.
export {}
