/**
 * Every place where this project works around a framework or driver: what it targets, why, the
 * upstream issue where there is one, the test that proves it, and when it can go.
 * tests/unit/workarounds.test.ts fails when an installed package no longer has the version an
 * entry targets, so an upgrade makes someone look at each one again.
 */
export interface Workaround {
  /** Where the workaround lives. */
  file: string
  /** The package whose behaviour it works around, and the version it was written against. */
  package: string
  targets: string
  why: string
  upstream: string
  /** The test that fails without it. */
  provedBy: string
  removeWhen: string
}

export const WORKAROUNDS: readonly Workaround[] = [
  {
    file: 'src/lib/requestContext.ts',
    package: 'payload',
    targets: '3.90.1',
    why: "createLocalReq replaces a request context that has no string keys with a new, empty one, so symbol-keyed entries (whether a write unpublished its document, an approval it voided, the workflow's own mark) were lost at the first Local API call made with the request; a clinic's unpublish was then taken for a draft save, and caches and snapshots kept the withdrawn clinic.",
    upstream: 'none found',
    provedBy: 'tests/integration/read-model.test.ts',
    removeWhen:
      "createLocalReq's getRequestContext copies a context with only symbol keys instead of replacing it",
  },
  {
    file: 'src/db/sqliteTransactions.ts',
    package: '@libsql/client',
    targets: '0.14.0',
    why: 'libsql hands its connection to each transaction and opens a new one for later statements without closing the old one: every save left an open database connection (251 open files after 10 s of saves), and a failed COMMIT kept the write lock.',
    upstream: 'none found',
    provedBy: 'tests/unit/sqliteTransactions.test.ts',
    removeWhen: 'libsql closes or reuses a transaction connection itself',
  },
  {
    file: 'src/db/sqliteWriteGate.ts',
    package: '@payloadcms/db-sqlite',
    targets: '3.90.1',
    why: "SQLite's synchronous driver blocks the event loop while a second writer waits for the lock; writers queue in JavaScript instead, and an adapter write made by another adapter write (drizzle's upsert is updateOne) passes the gate its caller holds.",
    upstream: 'none found',
    provedBy: 'tests/integration/admin-writes.test.ts',
    removeWhen: 'the SQLite adapter serialises writers itself without blocking the event loop',
  },
  {
    file: 'src/db/afterCommit.ts',
    package: 'payload',
    targets: '3.90.1',
    why: 'afterChange hooks run inside the transaction: cache purges and webhook announcements must wait until the write has committed, or another process could read the old row after the purge.',
    upstream: 'none found',
    provedBy: 'tests/postgres/multi-process.test.ts',
    removeWhen: 'Payload offers an after-commit hook',
  },
  {
    file: 'src/db/jobLocks.ts',
    package: 'payload',
    targets: '3.90.1',
    why: 'two processes claiming due jobs at once could both claim one job (read, then update, without a lock), so a webhook was delivered twice and the overdue job ran four times.',
    upstream: 'Payload fixed the job-claim race for 4.0 (pull request 17441)',
    provedBy: 'tests/postgres/worker.test.ts',
    removeWhen: 'on Payload 4.0',
  },
  {
    file: 'src/db/closablePool.ts',
    package: '@payloadcms/db-postgres',
    targets: '3.90.1',
    why: "Payload's PostgreSQL adapter keeps one pool client checked out for good, so pool.end() never resolved and scripts (seed, restore) hung after finishing; closing checked-out clients must let a running query finish and make its owner's later release a no-op, or pg-pool's double-release error exits the process with 1.",
    upstream: 'none found',
    provedBy: 'tests/postgres/closable-pool.test.ts',
    removeWhen: 'the adapter releases its client on destroy()',
  },
  {
    file: 'src/server/graphql.ts',
    package: 'graphql-http',
    targets: '1.23.1',
    why: "The GraphQL route is rebuilt on graphql-http to answer statuses as the GraphQL-over-HTTP spec says; graphql-http 1.23 answers 200 to a variable-coercion failure under application/graphql-response+json (400 here), and Payload's complexity rule reports such variables as validation errors.",
    upstream: 'none found',
    provedBy: 'tests/integration/contract-graphql.test.ts',
    removeWhen:
      "graphql-http answers variable-coercion failures with 400 and Payload's route follows the spec",
  },
  {
    file: 'src/hooks/answerUnreadableUploadsWith400.ts',
    package: 'payload',
    targets: '3.90.1',
    why: "busboy's and JSON.parse's errors on an unreadable multipart body reached the client as a 500.",
    upstream: 'none found',
    provedBy: 'tests/integration/fuzz.test.ts',
    removeWhen: 'Payload answers unreadable bodies with a 400',
  },
  {
    file: 'src/hooks/dropUnreadableArrays.ts',
    package: 'payload',
    targets: '3.90.1',
    why: 'after removing an array field its reader may not read, afterRead puts an empty list back in its place, so anonymous answers carried `claimFlags: []`, a staff-only field.',
    upstream: 'none found',
    provedBy: 'tests/integration/insider.test.ts',
    removeWhen: 'afterRead leaves out an array field its reader may not read',
  },
  {
    file: 'src/hooks/refuseUnusableQueries.ts',
    package: 'payload',
    targets: '3.90.1',
    why: 'filter values of the wrong type, absurd pages and limits, and ids the database cannot hold reached the SQL builder and answered 500.',
    upstream: 'none found',
    provedBy: 'tests/integration/fuzz.test.ts',
    removeWhen: 'Payload validates query values against field types',
  },
  {
    file: 'src/server/documentIds.ts',
    package: 'payload',
    targets: '3.90.1',
    why: 'a non-numeric id in a REST path (/api/articles/abc, and /distinct, which Payload routes as an id) became NaN and reached the database: a 500.',
    upstream: 'none found',
    provedBy: 'tests/integration/insider.test.ts',
    removeWhen: 'Payload answers a malformed id with 404',
  },
  {
    file: 'src/server/locales.ts',
    package: 'payload',
    targets: '3.90.1',
    why: 'REST silently served the default locale for ?locale=fr, where GraphQL answers 400.',
    upstream: 'none found',
    provedBy: 'tests/integration/contract-rest.test.ts',
    removeWhen: 'Payload refuses unknown locales over REST',
  },
  {
    file: 'src/server/mediaFiles.ts',
    package: 'payload',
    targets: '3.90.1',
    why: 'Payload serves local upload files with neither validators nor Cache-Control.',
    upstream: 'none found',
    provedBy: 'tests/integration/contract-rest.test.ts',
    removeWhen: 'Payload sends ETag, Last-Modified and Cache-Control for files',
  },
  {
    file: 'src/delivery/contentAddressedUploads.ts',
    package: 'payload',
    targets: '3.90.1',
    why: 'Payload reuses a file name once the old file is gone, so a URL cached as immutable could come to mean another file.',
    upstream: 'none found',
    provedBy: 'tests/integration/contract-rest.test.ts',
    removeWhen: 'never, as long as media are cached as immutable',
  },
  {
    file: 'src/fields/filledByServer.ts',
    package: 'payload',
    targets: '3.90.1',
    why: 'Payload types every required field as non-null in GraphQL create inputs and in the generated types, also when the server fills it (slug, authors).',
    upstream: 'none found',
    provedBy: 'tests/integration/sdk-types.ts',
    removeWhen: 'Payload types defaulted required fields as optional',
  },
  {
    file: 'src/jobs/jobRuns.ts',
    package: 'payload',
    targets: '3.90.1',
    why: "Payload's destroy() stops the crons but not a job run in progress, so a stopping process could leave a job marked as processing for good.",
    upstream: 'none found',
    provedBy: 'tests/postgres/worker.test.ts',
    removeWhen: 'Payload waits for running jobs on destroy()',
  },
  {
    file: 'src/jobs/reportFailedSchedules.ts',
    package: 'payload',
    targets: '3.90.1',
    why: 'a refused scheduled publication reached only the job log; the built-in schedulePublish task takes no failure callback, so its handler is wrapped to tell the scheduler and the document writers and reviewers.',
    upstream: 'none found',
    provedBy: 'tests/integration/scheduling.test.ts',
    removeWhen: 'built-in tasks accept an onFail callback',
  },
  {
    file: 'scripts/patchPayloadUi.ts',
    package: '@payloadcms/ui',
    targets: '3.90.1',
    why: "the admin form lost a change made while an earlier form-state answer was on its way: merging the answer marked the merged state as sent, so an array row added then stayed a grey placeholder without inputs (the browser scenario failed on it in CI). The install corrects the one line in Payload's form reducer; next build bundles it.",
    upstream:
      'none found; the closest is payloadcms/payload pull request 12026 (form state race conditions), merged before 3.90.1',
    provedBy: 'tests/browser/reviewWorkflow.test.ts',
    removeWhen:
      'the form reducer records a merged state as sent only when nothing changed locally meanwhile',
  },
  {
    file: 'src/components/admin/PublishReadiness.tsx',
    package: '@payloadcms/ui',
    targets: '3.90.1',
    why: "Payload's PublishButton takes no disabled prop and its schedule drawer reports success whatever the server answers, so the control is made inert while publishing would be refused.",
    upstream: 'none found',
    provedBy: 'tests/browser/reviewWorkflow.test.ts',
    removeWhen: 'the schedule drawer shows server errors and the button can be disabled',
  },
  {
    file: 'src/server/redisClient.ts',
    package: 'rate-limit-redis',
    targets: '6.0.1',
    why: 'a script load that failed once (Redis away at start) stayed failed, so every count failed and sign-ins were refused until a restart; the failed load is retried with the next count.',
    upstream: 'none found',
    provedBy: 'tests/postgres/redis-outage.test.ts',
    removeWhen: 'rate-limit-redis retries failed script loads itself',
  },
  {
    file: 'src/readModel/build.ts',
    package: 'payload',
    targets: '3.90.1',
    why: "createPayloadRequest and handleEndpoints find their Payload instance by getPayload's cache key and export no way to ask an instance for its key, so instanceKeyOf reads the key from getPayload's global cache; without it a process holding two instances (a test's verifier beside its server) builds snapshots with the wrong one.",
    upstream: 'none found',
    provedBy: 'tests/integration/read-model.test.ts',
    removeWhen:
      'a Payload instance carries its cache key, or createPayloadRequest takes the instance itself',
  },
  {
    file: 'src/readModel/graphql.ts',
    package: '@payloadcms/graphql',
    targets: '3.90.1',
    why: "a root resolver's `locale` argument stays on the request the next root field of the same query reads, so such a query's answer depends on field order; the read model leaves every multi-field query with a locale argument to Payload, so both answer alike.",
    upstream: 'none found',
    provedBy: 'tests/integration/read-model.test.ts',
    removeWhen: 'root resolvers set the locale on a request of their own',
  },
  {
    file: 'src/readModel/tables.ts',
    package: 'drizzle-kit',
    targets: '0.31.7',
    why: 'drizzle-kit\'s PostgreSQL pushSchema runs its introspection queries without their parameters, so on a database that already has a table with a composite primary key a development start fails ("there is no parameter $1"); the read model\'s keys are unique indexes instead.',
    upstream: 'none found',
    provedBy: 'tests/postgres/purge-by-tag.test.ts',
    removeWhen: 'pushSchema passes the parameters of its queries',
  },
]
