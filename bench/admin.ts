/**
 * `npm run bench:admin`: how long the admin takes in a real browser, on the production build,
 * SQLite and the demo content: the article list, an article's edit view (until its review panel
 * shows the status line), and a column change (saved as a preference, the write that once stalled 15 s),
 * until the list shows it.
 * Needs `npm run build` first (it runs it when there is no build). Drives Debian's Chromium.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { buildAppConfig } from '../src/config'
import { closePayload } from '../src/db/close'
import { loadEnv } from '../src/env'
import { launchChromium } from '../tests/helpers/browser'
import { startServerProcess } from './processes'
import { gitState, machineInfo } from './report'

const root = path.resolve(import.meta.dirname, '..')
const PASSWORD = 'a password for the admin benchmark'

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { rounds: { type: 'string', default: '10' } },
})
const rounds = Number(values.rounds)
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error('--rounds takes a whole number of at least 1')

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID'))) {
    const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
    if (built.status !== 0) throw new Error('npm run build failed')
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-bench-admin-'))
  const env = {
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'bench-admin-secret-0123456789abcdef',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
  }
  const server = await startServerProcess(
    'cms',
    path.join(root, 'src/server/main.ts'),
    env,
    300_000,
  )
  const browser = await launchChromium()
  try {
    // The demo passwords are random and not shown in production: give the demo editor a known one.
    const payload = await getPayload({
      config: buildAppConfig(
        loadEnv({ ...env, NODE_ENV: 'production', JOBS_AUTORUN: 'false', SEED_DEMO: 'false' }),
      ),
    })
    try {
      const { docs } = await payload.find({
        collection: 'users',
        where: { email: { equals: 'editor@harborlight.example' } },
        overrideAccess: true,
      })
      await payload.update({
        collection: 'users',
        id: docs[0].id,
        data: { password: PASSWORD },
        overrideAccess: true,
      })
    } finally {
      await closePayload(payload)
    }
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1440, height: 1000 },
      timezoneId: 'America/Los_Angeles',
    })
    const page = await context.newPage()
    const failed: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 500)
        failed.push(`${response.status()} ${response.request().method()} ${response.url()}`)
    })
    await page.goto('/admin/login')
    await page.locator('#field-email').fill('editor@harborlight.example')
    await page.locator('#field-password').fill(PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    const articles = await (
      await context.request.get(`${server.url}/api/articles?limit=1&depth=0`)
    ).json()
    const articleId = articles.docs[0].id

    const list: number[] = []
    const edit: number[] = []
    const columns: number[] = []
    // One unmeasured round compiles nothing (production build) but warms the server's caches.
    for (let round = 0; round <= rounds; round += 1) {
      let started = performance.now()
      await page.goto('/admin/collections/articles')
      await page.locator('tbody tr').first().waitFor()
      const listMs = performance.now() - started

      started = performance.now()
      await page.goto(`/admin/collections/articles/${articleId}`)
      await page.locator('section.review-panel .review-panel__standing').waitFor()
      const editMs = performance.now() - started

      await page.goto('/admin/collections/articles')
      await page.locator('tbody tr').first().waitFor()
      await page.getByRole('button', { name: 'Columns' }).click()
      // Until the list shows the change; any failed request on the way fails the benchmark.
      const shown = (await page.locator('thead').innerText()).includes('Address (slug)')
      started = performance.now()
      await page.locator('.pill-selector__pill', { hasText: 'Address (slug)' }).click()
      await page.waitForFunction(
        (wanted) =>
          (document.querySelector('thead')?.textContent ?? '').includes('Address (slug)') ===
          wanted,
        !shown,
      )
      const columnMs = performance.now() - started
      if (round > 0) {
        list.push(listMs)
        edit.push(editMs)
        columns.push(columnMs)
      }
    }
    if (failed.length > 0)
      throw new Error(`requests failed during the benchmark:\n${failed.join('\n')}`)
    const summary = (samples: number[]) => ({
      p50: Math.round(percentile(samples, 50)),
      p90: Math.round(percentile(samples, 90)),
      max: Math.round(Math.max(...samples)),
    })
    const results = {
      date: new Date().toISOString(),
      machine: machineInfo(),
      git: gitState(root),
      rounds,
      database: 'sqlite',
      ms: { listView: summary(list), editView: summary(edit), columnChange: summary(columns) },
    }
    const file = path.join(root, 'bench/results', `${results.date.slice(0, 10)}-admin.json`)
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`Admin page loads, production build, SQLite, demo content, ${rounds} rounds (ms):`)
    for (const [name, figures] of Object.entries(results.ms))
      console.log(`  ${name.padEnd(14)} p50 ${figures.p50}  p90 ${figures.p90}  max ${figures.max}`)
    console.log(`Written to ${path.relative(root, file)}`)
    await context.close()
  } finally {
    await browser.close()
    await server.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
