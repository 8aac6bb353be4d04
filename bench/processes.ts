import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import getPort from 'get-port'

const root = path.resolve(import.meta.dirname, '..')
/** tsx's loader, by URL: a process started in another folder (a peer's) runs TypeScript the same way. */
export const TSX = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href

export interface ServerProcess {
  name: string
  url: string
  pid: number
  /** Resident set size of the server process now, in bytes (from /proc/<pid>/status VmRSS). */
  rss: () => number
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string
  /** SIGTERM, then SIGKILL if it has not ended after `graceMs`. Resolves once it has ended. */
  stop: (graceMs?: number) => Promise<void>
}

function readRss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)
  if (!match) throw new Error(`no VmRSS for process ${pid}`)
  return Number(match[1]) * 1024
}

async function waitUntilHealthy(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output()}`,
      )
    }
    try {
      const response = await fetch(`${url}/healthz`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`the server was not ready within ${timeoutMs} ms:\n${output()}`)
}

/**
 * Runs a TypeScript entry point as its own Node process (`node --import tsx`, so the pid is the
 * server itself, not a wrapper) in production mode, on a free port, with only the given
 * environment, and waits until `GET /healthz` answers.
 */
export async function startServerProcess(
  name: string,
  entry: string,
  env: Record<string, string>,
  timeoutMs = 120_000,
  cwd = root,
): Promise<ServerProcess> {
  const port = await getPort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(
    process.execPath,
    ['--no-deprecation', '--conditions=production', '--import', TSX, entry],
    {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        HOST: '127.0.0.1',
        PORT: String(port),
        SERVER_URL: url,
        ...env,
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  const append = (chunk: Buffer) => {
    // Keep the tail only: a server that logs every request must not fill the bench's memory.
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async (graceMs = 15_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    await exited
    clearTimeout(timer)
  }
  try {
    await waitUntilHealthy(url, child, () => output, timeoutMs)
  } catch (error) {
    await stop(2000)
    throw error
  }
  if (child.pid === undefined) throw new Error(`${name} has no pid`)
  const pid = child.pid
  return { name, url, pid, rss: () => readRss(pid), output: () => output, stop }
}
