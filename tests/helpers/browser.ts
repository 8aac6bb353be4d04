import fs from 'node:fs'
import path from 'node:path'

import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type Request,
} from 'playwright-core'

export const CHROMIUM_PATH = '/usr/bin/chromium'
/**
 * Where this run's build and server logs, screenshots, traces and timings go: a folder per run
 * (test-results/browser/<start time>), so that a rerun never overwrites a failed run's evidence.
 * The global setup names it and hands it to the test workers through the environment, so that
 * the logs and the pictures of one run land in one folder.
 */
export const BROWSER_RESULTS_DIR =
  process.env.BROWSER_RESULTS_DIR ??
  path.resolve(
    import.meta.dirname,
    '../../test-results/browser',
    new Date().toISOString().replace(/[:.]/g, '-'),
  )

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  })
}

/** One person in their own browser context (own cookies), with a trace recorded in case the scenario fails. */
export interface BrowserSession {
  name: string
  context: BrowserContext
  page: Page
  /** Every API request this person's browser made, with its status and how long it took. */
  requests: RequestTiming[]
  /** Uncaught page errors, console errors, 5xx answers and failed requests, in order: what a failed step shows first. */
  problems: string[]
  /** Requests sent and not yet answered, with how long they have waited: a hung call shows here. */
  unanswered: () => string[]
  /** Where the page is and what it shows, in words: the first thing to read when a step fails in CI. */
  describe: () => Promise<string>
  /** Saves the trace when `keep`, discards it otherwise. */
  close: (keep: boolean) => Promise<void>
}

export interface RequestTiming {
  method: string
  /** Path and query, without the origin. */
  path: string
  status: number
  /** From sending the request to the last byte of the answer. */
  ms: number
}

/** Logs `email` in through the admin's login form. */
export async function openSession(
  browser: Browser,
  baseUrl: string,
  name: string,
  email: string,
  password: string,
): Promise<BrowserSession> {
  // The clinics' own time zone: a review after 4 PM there is a day later in UTC.
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1440, height: 1000 },
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
  })
  await context.tracing.start({ name, screenshots: true, snapshots: true })
  const page = await context.newPage()
  const requests: RequestTiming[] = []
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error at ${page.url()}: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error at ${page.url()}: ${message.text().slice(0, 500)}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 500)
      problems.push(`${response.status()} ${response.request().method()} ${response.url()}`)
  })
  const inFlight = new Map<Request, number>()
  page.on('request', (request) => inFlight.set(request, Date.now()))
  page.on('requestfinished', (request) => inFlight.delete(request))
  page.on('requestfailed', (request) => {
    inFlight.delete(request)
    // The admin aborts superseded form-state requests itself; those are expected, the rest are not.
    problems.push(`failed ${request.method()} ${request.url()}: ${request.failure()?.errorText}`)
  })
  // Server actions (the admin's form state, preferences) post to the page URL; API calls to /api.
  const measured = (url: URL, method: string) =>
    url.pathname.startsWith('/api/') || (method === 'POST' && url.pathname.startsWith('/admin'))
  page.on('requestfinished', (request) => {
    const url = new URL(request.url())
    if (!measured(url, request.method())) return
    void request.response().then((response) => {
      const timing = request.timing()
      requests.push({
        method: request.method(),
        path: `${url.pathname}${url.search}`,
        status: response?.status() ?? 0,
        ms: Math.round(timing.responseEnd),
      })
    })
  })
  page.setDefaultTimeout(30_000)
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  return {
    name,
    context,
    page,
    requests,
    problems,
    unanswered: () =>
      [...inFlight].map(
        ([request, sent]) =>
          `${request.method()} ${request.url()} waiting ${Date.now() - sent} ms${request.headers()['next-action'] ? ' (server action)' : ''}`,
      ),
    describe: async () => {
      const shown = await page
        .evaluate(() => document.body.innerText)
        .catch((error: Error) => `(unreadable: ${error.message})`)
      return `at ${page.url()}, showing: ${shown.replace(/\s+/g, ' ').slice(0, 1500)}`
    },
    close: async (keep) => {
      await context.tracing.stop(
        keep ? { path: path.join(BROWSER_RESULTS_DIR, `trace-${name}.zip`) } : undefined,
      )
      await context.close()
    },
  }
}

export const reviewPanel = (page: Page): Locator => page.locator('section.review-panel')

/** A picture of the review panel at one step of the scenario, in this run’s folder (BROWSER_RESULTS_DIR). */
export const screenshotPanel = (page: Page, fileName: string): Promise<string> =>
  screenshotElement(reviewPanel(page), fileName)

export async function screenshotPage(page: Page, fileName: string): Promise<string> {
  fs.mkdirSync(BROWSER_RESULTS_DIR, { recursive: true })
  const file = path.join(BROWSER_RESULTS_DIR, `${fileName}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** A picture of one part of the page (a sidebar panel), in this run’s folder (BROWSER_RESULTS_DIR). */
export async function screenshotElement(element: Locator, fileName: string): Promise<string> {
  fs.mkdirSync(BROWSER_RESULTS_DIR, { recursive: true })
  const file = path.join(BROWSER_RESULTS_DIR, `${fileName}.png`)
  await element.scrollIntoViewIfNeeded()
  await element.screenshot({ path: file })
  return file
}
