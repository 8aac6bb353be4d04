import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { LoadResult } from './load'
import type { ScenarioId } from './scenarios'

export interface Measured extends LoadResult {
  /** Server RSS right after the scenario, bytes. */
  rssBytes: number
}

export interface ReportRow {
  id: ScenarioId
  /** `cold`: response cache off; `warm`: on, after the warm-up. */
  cache: 'cold' | 'warm'
  title: string
  kind: 'read' | 'write'
  ours?: Measured
  baseline?: Measured
  /** Throughput of ours over the baseline's. */
  ratio?: number
  /** Why a scenario did not run (its sample request failed). */
  notRun?: string
}

export function machineInfo() {
  const cpus = os.cpus()
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    /** The 1, 5 and 15 minute load averages when the run started: other work on the machine skews results. */
    loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
  }
}

export function gitState(root: string): { commit: string; dirty: boolean } {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
  try {
    return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain') !== '' }
  } catch {
    return { commit: 'unknown', dirty: true }
  }
}

function problemsOf(result: Measured): string | undefined {
  const bad = result.errors + result.non2xx + result.badBodies
  if (bad > 0) {
    const codes = Object.entries(result.statusCodes).filter(([code]) => !code.startsWith('2'))
    const listed = codes.length
      ? ` [${codes.map(([code, count]) => `${code}×${count}`).join(', ')}]`
      : ''
    return `${result.errors} errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx${listed}, ${result.badBodies} non-answers`
  }
  // autocannon leaves out requests still in flight when the time is up: none finishing is a timeout.
  if (result.requests === 0)
    return `no response within the ${result.durationSeconds.toFixed(0)} s of the scenario`
  return undefined
}

/**
 * Why the run fails: any error, timeout, non-2xx or non-answer in a read scenario (ours or
 * the baseline's, which serves both the cold and the warm row), or a read scenario that could not run.
 */
export function readFailures(rows: readonly ReportRow[]): string[] {
  const failures: string[] = []
  const baselinesSeen = new Set<ScenarioId>()
  for (const row of rows) {
    if (row.kind !== 'read') continue
    if (row.notRun) failures.push(`${row.id} ${row.cache}: not run: ${row.notRun}`)
    const ours = row.ours && problemsOf(row.ours)
    if (ours) failures.push(`${row.id} ${row.cache}: ${ours}`)
    if (row.baseline && !baselinesSeen.has(row.id)) {
      baselinesSeen.add(row.id)
      const floor = problemsOf(row.baseline)
      if (floor) failures.push(`${row.id} baseline: ${floor}`)
    }
  }
  return failures
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0)
const rate = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1))

function cells(result: Measured | undefined, withHits: boolean): string[] {
  if (!result) return withHits ? ['', '', '', '', '', ''] : ['', '', '', '', '']
  const errors = `${result.errors}/${result.non2xx}/${result.badBodies}`
  const hits =
    result.requests > 0 ? `${Math.round((100 * result.cacheHits) / result.requests)}%` : '–'
  return [
    rate(result.requestsPerSecond),
    String(result.latencyP50Ms),
    String(result.latencyP99Ms),
    errors,
    ...(withHits ? [hits] : []),
    mb(result.rssBytes),
  ]
}

/** One table: ours and the baseline side by side, and the throughput ratio ours / baseline. */
export function formatTable(rows: readonly ReportRow[]): string {
  const header = [
    'Scenario',
    'cache',
    'req/s',
    'p50 ms',
    'p99 ms',
    'err/non2xx/bad',
    'hits',
    'RSS MB',
    'base req/s',
    'base p50',
    'base p99',
    'base err',
    'base RSS',
    'ours/base',
  ]
  const lines = rows.map((row) => {
    const ratio = row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`
    const ours = row.notRun ? ['not run', '', '', '', '', ''] : cells(row.ours, true)
    return [`${row.id} ${row.title}`, row.cache, ...ours, ...cells(row.baseline, false), ratio]
  })
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  )
  const format = (line: string[]) =>
    line
      .map((cell, column) =>
        column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
      )
      .join('  ')
  return [
    format(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...lines.map(format),
  ].join('\n')
}

/** Writes the results file, creating `bench/results/` if needed; returns its path. */
export function writeResults(directory: string, name: string, results: unknown): string {
  fs.mkdirSync(directory, { recursive: true })
  const file = path.join(directory, name)
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  return file
}
