import { defineConfig } from 'vitest/config'

/**
 * One command runs everything: unit tests, the integration suite once on SQLite and once on
 * PostgreSQL (embedded, or TEST_POSTGRES_URL), and the browser scenario in Chromium.
 * Each test file runs in its own process with its own database.
 */
export default defineConfig({
  test: {
    pool: 'forks',
    // Lexical's `node` builds load through top-level await, which Node 20 can leave unsettled.
    execArgv: ['--conditions=development'],
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['tests/integration/**/*.test.ts'],
          env: { TEST_DB: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          // tests/postgres holds what only makes sense on PostgreSQL: outages, several processes on one database.
          include: ['tests/integration/**/*.test.ts', 'tests/postgres/**/*.test.ts'],
          env: { TEST_DB: 'postgres' },
          globalSetup: ['tests/setup/postgres.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Builds the admin UI if stale and starts the production server as its own process.
          globalSetup: ['tests/setup/browser.ts'],
          testTimeout: 180_000,
          // After the other projects, on a quiet machine: its per-step timings mean something, and
          // the admin is not starved by two integration workers sharing the CPU with Chromium.
          sequence: { groupOrder: 1 },
          // The admin updates after a server round trip; polled assertions wait for it.
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
    ],
  },
})
