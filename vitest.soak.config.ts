import { defineConfig } from 'vitest/config'

/**
 * `npm run test:soak`: the long reliability runs (kill -9 crash loops, the five-minute soak),
 * kept out of `npm test` and run by CI after it. Files under tests/soak run on both databases;
 * files under tests/soak/postgres only on PostgreSQL.
 */
export default defineConfig({
  test: {
    pool: 'forks',
    execArgv: ['--conditions=development'],
    // One long run at a time: they measure the server, not each other.
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'soak-sqlite',
          include: ['tests/soak/*.test.ts'],
          env: { TEST_DB: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'soak-postgres',
          include: ['tests/soak/*.test.ts', 'tests/soak/postgres/**/*.test.ts'],
          env: { TEST_DB: 'postgres' },
          globalSetup: ['tests/setup/postgres.ts'],
        },
      },
    ],
  },
})
