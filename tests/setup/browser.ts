import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'
import type { TestProject } from 'vitest/node'

import { BROWSER_RESULTS_DIR, CHROMIUM_PATH } from '../helpers/browser'
import { startServerProcess } from '../helpers/process'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why the browser scenario cannot run here; empty when it can. */
    browserSkipReason: string
    /** Where the production server under test listens, e.g. http://localhost:41234. */
    browserBaseUrl: string
  }
}

const root = path.resolve(import.meta.dirname, '../..')

/**
 * What the admin bundle is built from: a change to any of it makes the build stale. Payload's UI
 * is listed because scripts/patchPayloadUi.ts edits it after each install.
 */
const BUILD_INPUTS = [
  'src',
  'payload.config.ts',
  'next.config.ts',
  'package-lock.json',
  'node_modules/@payloadcms/ui/dist',
]

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs
    .readdirSync(entry)
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs)
}

function banner(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length)) + 4
  const rule = '#'.repeat(width)
  return ['', rule, ...lines.map((line) => `# ${line.padEnd(width - 4)} #`), rule, ''].join('\n')
}

/** Runs `npm run build` unless `.next` is newer than every input; returns how long the build took (0 when reused). */
async function ensureProductionBuild(): Promise<number> {
  const buildId = path.join(root, '.next/BUILD_ID')
  const builtAt = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0
  const newestInput = Math.max(...BUILD_INPUTS.map((input) => newestMtime(path.join(root, input))))
  if (builtAt > newestInput) {
    console.log(
      `[browser] reusing the production build in .next (built ${new Date(builtAt).toISOString()})`,
    )
    return 0
  }
  console.log(
    '[browser] building the admin UI for production (npm run build, about a minute or two)…',
  )
  const started = Date.now()
  const logFile = path.join(BROWSER_RESULTS_DIR, 'build.log')
  const log = fs.openSync(logFile, 'w')
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', log, log],
    })
    child.on('error', reject)
    child.on('exit', resolve)
  })
  fs.closeSync(log)
  if (code !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')
    throw new Error(`npm run build failed (exit ${code}); full log in ${logFile}:\n${tail}`)
  }
  const took = Date.now() - started
  console.log(`[browser] production build finished in ${(took / 1000).toFixed(1)} s`)
  return took
}

/**
 * The browser project's world: Debian's Chromium, a fresh production build of the admin UI,
 * and the real server started as its own process in production mode on an empty SQLite
 * database. Without a Chromium the scenario is skipped loudly, or fails when CI=true.
 */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    if (process.env.CI === 'true') {
      throw new Error(
        `The browser tests need Debian's Chromium at ${CHROMIUM_PATH} (apt-get install chromium); with CI=true its absence is a failure.`,
      )
    }
    console.warn(
      banner([
        `BROWSER TESTS SKIPPED: no ${CHROMIUM_PATH}`,
        'Install it with: apt-get install chromium',
      ]),
    )
    project.provide('browserSkipReason', `no ${CHROMIUM_PATH}`)
    project.provide('browserBaseUrl', '')
    return
  }

  // Screenshots and traces of an earlier run must not pass for this run's.
  fs.rmSync(BROWSER_RESULTS_DIR, { recursive: true, force: true })
  process.env.BROWSER_RESULTS_DIR = BROWSER_RESULTS_DIR
  fs.mkdirSync(BROWSER_RESULTS_DIR, { recursive: true })
  await ensureProductionBuild()

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-browser-'))
  const port = String(await getPort())
  // localhost, not 127.0.0.1: production session cookies are Secure, which browsers accept over plain http only from localhost.
  const baseUrl = `http://localhost:${port}`
  const started = Date.now()
  const server = await startServerProcess(
    {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      SEED_DEMO: 'false',
      JOBS_AUTORUN: 'false',
      API_ONLY: 'false',
      HOST: '127.0.0.1',
      PORT: port,
      SERVER_URL: baseUrl,
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    120_000,
    { conditions: 'production' },
  )
  console.log(
    `[browser] production server up at ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  project.provide('browserSkipReason', '')
  project.provide('browserBaseUrl', baseUrl)

  return async () => {
    const exit = await server.stop('SIGTERM')
    const log = server.output()
    fs.writeFileSync(path.join(BROWSER_RESULTS_DIR, 'server.log'), log)
    // The server logs warnings and errors only: any line is worth seeing beside a failed step.
    const logged = log.split('\n').filter((line) => line.startsWith('{'))
    if (logged.length)
      console.warn(
        `[browser] the server logged ${logged.length} warnings or errors; the last ones:\n${logged.slice(-20).join('\n')}`,
      )
    fs.rmSync(dir, { recursive: true, force: true })
    if (exit !== 0)
      console.warn(
        `[browser] the server exited with ${exit}; its log is in ${path.join(BROWSER_RESULTS_DIR, 'server.log')}`,
      )
  }
}
