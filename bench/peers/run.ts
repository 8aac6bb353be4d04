import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { BenchDatabase } from '../database'
import { sequential, type SequentialResult } from '../load'
import { startServerProcess, TSX, type ServerProcess } from '../processes'
import type { ReferenceSizes } from '../seed/dataset'
import { SPEED_TEST_SLUG, speedTestShape } from './shape'

const here = import.meta.dirname

/** The speed-test query: the sixty-relationship document with every relationship resolved (our S6 without the byline and image sizes, which stock CMSs do not have). */
export const SPEED_TEST_QUERY = `query ComplexDocument($slug: String!) {
  Articles(where: { slug: { equals: $slug } }, limit: 1) {
    docs {
      id title slug summary body publishedAt
      heroImage { id url alt width height }
      seo { metaTitle image { id url alt } }
      conditions { id name slug icd10 }
      treatments { id name slug route regulatoryStatus summary riskDisclosures { id title severity } }
      riskDisclosures { id title slug severity frequency mitigation }
      clinics { id name slug phone bookingUrl languages address { street city state postalCode } location { lat lng } }
    }
  }
}`

export const speedTestRequest = {
  method: 'POST' as const,
  path: '/api/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: SPEED_TEST_QUERY, variables: { slug: SPEED_TEST_SLUG } }),
}

export const isSpeedTestAnswer = (body: string) =>
  body.startsWith('{"data":{"Articles":{"docs":[{') && !body.includes('"errors"')

/** The same document and fields in Strapi's GraphQL dialect (its names: documentId, alternativeText; `filters`, relations as lists). */
export const STRAPI_SPEED_TEST_QUERY = `query ComplexDocument($slug: String!) {
  articles(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
    documentId title slug summary body publishedAt
    heroImage { documentId url alternativeText width height }
    seo { metaTitle image { documentId url alternativeText } }
    conditions { documentId name slug icd10 }
    treatments { documentId name slug route regulatoryStatus summary riskDisclosures { documentId title severity } }
    riskDisclosures { documentId title slug severity frequency mitigation }
    clinics { documentId name slug phone bookingUrl languages address { street city state postalCode } location { lat lng } }
  }
}`

const strapiSpeedTestRequest = {
  ...speedTestRequest,
  path: '/graphql',
  body: JSON.stringify({ query: STRAPI_SPEED_TEST_QUERY, variables: { slug: SPEED_TEST_SLUG } }),
}
const isStrapiSpeedTestAnswer = (body: string) =>
  body.startsWith('{"data":{"articles":[{') && !body.includes('"errors"')

export interface Peer {
  name: string
  /** Why it cannot run here, found before anything is installed; undefined: it can. */
  unavailable?: string
  start?: (database: BenchDatabase, shapeFile: string, workDir: string) => Promise<ServerProcess>
  /** The speed-test query in the peer's own GraphQL dialect, and how to tell its answer; Payload's by default. */
  request?: typeof speedTestRequest
  verify?: (body: string) => boolean
}

/**
 * `npm ci` in a peer's own folder, from its own lockfile (its dependencies are not the
 * project's), unless what npm installed there last is already that lockfile's.
 */
function install(directory: string): void {
  const installed = path.join(directory, 'node_modules/.package-lock.json')
  if (
    fs.existsSync(installed) &&
    fs.statSync(installed).mtimeMs >= fs.statSync(path.join(directory, 'package-lock.json')).mtimeMs
  )
    return
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: directory,
    stdio: 'inherit',
  })
  if (result.status !== 0)
    throw new Error(`npm ci failed in ${path.relative(process.cwd(), directory)}`)
}

/** A peer's `server.ts` or `server.js --seed`, run once from its folder to store the document. */
function seedPeer(
  directory: string,
  entry: string,
  env: Record<string, string>,
  nodeEnv: 'development' | 'production',
): void {
  const seeded = spawnSync(
    process.execPath,
    ['--no-deprecation', '--import', TSX, entry, '--seed'],
    {
      cwd: directory,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        ...env,
        NODE_ENV: nodeEnv,
      },
      stdio: 'inherit',
    },
  )
  if (seeded.status !== 0)
    throw new Error(`the peer in ${path.relative(process.cwd(), directory)} could not be seeded`)
}

/**
 * The peers of `npm run bench -- --peers`; one that cannot run here says why (found by
 * installing it on this machine: Node 20, the npm registry only).
 */
export const PEERS: Peer[] = [
  {
    name: 'Payload 3.90.1 (stock)',
    start: async (database, shapeFile, workDir) => {
      const directory = path.join(here, 'payload')
      install(directory)
      const env = {
        DATABASE_URI: await database.createSibling!('peer_payload'),
        PAYLOAD_SECRET: 'peer-payload-secret-for-the-benchmark-only',
        MEDIA_DIR: path.join(workDir, 'peer-payload-media'),
        SHAPE_FILE: shapeFile,
      }
      // Development mode for the seed only: Payload pushes its schema then, and never in production.
      seedPeer(directory, 'server.ts', env, 'development')
      return startServerProcess(
        'peer-payload',
        path.join(directory, 'server.ts'),
        env,
        120_000,
        directory,
      )
    },
  },
  {
    name: 'Directus 12',
    unavailable:
      "not installed: directus@12.4.1 needs @directus/app@18.0.1, which the npm registry reachable here does not hold (npm ETARGET); directus@12.4.0 resolves, but declares engines node >=22 (Node 20 here), and its @directus/api depends on isolated-vm 5.0.3, a native module that node-gyp compiles at install time (here against Debian's /usr/include/node headers): 15 of its C++ files in 13 minutes on this loaded machine before the install's 15-minute limit. Its adapter (collections, fields and relations through its API, public read) is not written.",
  },
  {
    name: 'Strapi 5.54.0',
    request: strapiSpeedTestRequest,
    verify: isStrapiSpeedTestAnswer,
    start: async (database, shapeFile, workDir) => {
      const directory = path.join(here, 'strapi')
      install(directory)
      const env = {
        DATABASE_URI: await database.createSibling!('peer_strapi'),
        PAYLOAD_SECRET: 'peer-strapi-secret-for-the-benchmark-only',
        MEDIA_DIR: path.join(workDir, 'peer-strapi-public'),
        SHAPE_FILE: shapeFile,
        // No calls home: only the npm registry is reachable, and the measure must not wait on one.
        STRAPI_TELEMETRY_DISABLED: 'true',
        STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
      }
      // Strapi creates its tables whenever it loads, in production too.
      seedPeer(directory, 'server.js', env, 'production')
      return startServerProcess(
        'peer-strapi',
        path.join(directory, 'server.js'),
        env,
        240_000,
        directory,
      )
    },
  },
]

export interface PeerComparison {
  name: string
  unavailable?: string
  result?: SequentialResult
  /** Our mean time over the peer's (below 1: we are faster). */
  ourTimeRatio?: number
}

/**
 * The speed-test document in every peer that can run, on the same PostgreSQL server as ours,
 * measured one request at a time in interleaved rounds (ours, then each peer, and again), so
 * that the machine's other load falls on all of them alike.
 */
export async function comparePeers(
  ours: ServerProcess,
  database: BenchDatabase,
  sizes: ReferenceSizes,
  seed: number,
  rounds: { warmup: number; count: number; rounds: number },
): Promise<{ ours: SequentialResult; peers: PeerComparison[] }> {
  const shapeFile = path.join(database.workDir, 'speed-test-shape.json')
  fs.writeFileSync(shapeFile, JSON.stringify(speedTestShape(sizes, seed)))
  const running: Array<{ peer: Peer; server: ServerProcess }> = []
  const peers: PeerComparison[] = []
  try {
    for (const peer of PEERS) {
      if (peer.unavailable || !peer.start) {
        console.log(`  ${peer.name}: not run: ${peer.unavailable}`)
        peers.push({ name: peer.name, unavailable: peer.unavailable })
        continue
      }
      console.log(`  ${peer.name}: installing and seeding…`)
      running.push({ peer, server: await peer.start(database, shapeFile, database.workDir) })
    }
    const servers = [ours, ...running.map((entry) => entry.server)]
    const queryOf = new Map<
      ServerProcess,
      { request: typeof speedTestRequest; verify: (body: string) => boolean }
    >(servers.map((server) => [server, { request: speedTestRequest, verify: isSpeedTestAnswer }]))
    for (const { peer, server } of running)
      queryOf.set(server, {
        request: peer.request ?? speedTestRequest,
        verify: peer.verify ?? isSpeedTestAnswer,
      })
    for (const server of servers) {
      const { request, verify } = queryOf.get(server)!
      const check = await sequential(server.url, request, verify, 1, rounds.warmup)
      if (check.errors > 0)
        throw new Error(
          `${server.name} does not answer the speed-test query: ${server.output().slice(-2000)}`,
        )
    }
    const times = new Map<ServerProcess, SequentialResult[]>(servers.map((server) => [server, []]))
    for (let round = 0; round < rounds.rounds; round += 1) {
      for (const server of servers)
        times
          .get(server)!
          .push(
            await sequential(
              server.url,
              queryOf.get(server)!.request,
              queryOf.get(server)!.verify,
              rounds.count,
              0,
            ),
          )
    }
    const merged = (results: SequentialResult[]): SequentialResult => ({
      requests: results.reduce((sum, result) => sum + result.requests, 0),
      meanMs: Number(
        (
          results.reduce((sum, result) => sum + result.meanMs * result.requests, 0) /
          results.reduce((sum, result) => sum + result.requests, 0)
        ).toFixed(1),
      ),
      p50Ms: results.map((result) => result.p50Ms).sort((a, b) => a - b)[
        Math.floor(results.length / 2)
      ],
      p90Ms: Math.max(...results.map((result) => result.p90Ms)),
      errors: results.reduce((sum, result) => sum + result.errors, 0),
    })
    const ourResult = merged(times.get(ours)!)
    for (const { peer, server } of running) {
      const result = merged(times.get(server)!)
      peers.unshift({
        name: peer.name,
        result,
        ourTimeRatio: Number((ourResult.meanMs / result.meanMs).toFixed(3)),
      })
    }
    return { ours: ourResult, peers }
  } finally {
    await Promise.all(running.map((entry) => entry.server.stop()))
  }
}
