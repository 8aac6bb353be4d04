import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'

/** One request as nginx logged it. */
export interface ProxyLogEntry {
  /** The caller's `x-request-id`. */
  id: string
  method: string
  /** What nginx answered. */
  status: number
  /** The upstreams tried, in order (`127.0.0.1:port`), and what each gave (502: no answer). */
  upstreams: string[]
  upstreamStatuses: string[]
  /** When nginx received the request (ms since the epoch). */
  startedAt: number
}

export interface Proxy {
  url: string
  log: () => ProxyLogEntry[]
  /** nginx's error log: why an upstream failed. */
  errors: () => string
  close: () => Promise<void>
}

const root = path.resolve(import.meta.dirname, '../..')
/** The production proxy configuration: the test runs it, not a copy. */
const DEPLOY_CONFIG = path.join(root, 'deploy/nginx.conf')

/**
 * deploy/nginx.conf with the test's addresses put in: one `server` line per upstream (with the
 * parameters the file gives its own), listening on `port`. Fails loudly when the file no
 * longer has the shape this relies on.
 */
function proxyConfig(upstreams: string[], port: number): string {
  const serverLine = /^([ \t]*)server[ \t]+\S+:\d+([^;\n]*);[ \t]*$/
  const listenLine = /^([ \t]*)listen[ \t]+\d+;[ \t]*$/
  const lines = fs.readFileSync(DEPLOY_CONFIG, 'utf8').split('\n')
  const first = lines.map((line) => serverLine.exec(line)).find(Boolean)
  if (!first || !lines.some((line) => listenLine.test(line)))
    throw new Error(`${DEPLOY_CONFIG}: expected "server host:port ...;" lines and "listen <port>;"`)
  const [, indent, parameters] = first
  const out: string[] = []
  let placed = false
  for (const line of lines) {
    if (!serverLine.test(line)) out.push(line.replace(listenLine, `$1listen 127.0.0.1:${port};`))
    else if (!placed) {
      placed = true
      out.push(...upstreams.map((address) => `${indent}server ${address}${parameters};`))
    }
  }
  return out.join('\n')
}

/** Debian's nginx (installed by .ci/run), which may sit outside a non-root PATH. */
const nginxBinary = () => (fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx')

/**
 * Debian's nginx in front of `upstreams`, running deploy/nginx.conf in the foreground with its
 * files in a temporary directory, and an access log that names, for every request, the
 * `x-request-id` it came with and each upstream tried with its status.
 */
export async function startProxy(upstreams: string[]): Promise<Proxy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-nginx-'))
  // nginx's workers run as an unprivileged user when started as root; they need to reach their temp directories.
  fs.chmodSync(dir, 0o755)
  const port = await getPort()
  const accessLog = path.join(dir, 'access.log')
  const server = proxyConfig(upstreams, port)
  const config = `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  log_format probe escape=json '{"id":"$http_x_request_id","method":"$request_method","status":$status,"upstream":"$upstream_addr","upstreamStatus":"$upstream_status","msec":$msec,"requestTime":$request_time}';
  access_log ${accessLog} probe;
${server}
}
`
  const file = path.join(dir, 'nginx.conf')
  fs.writeFileSync(file, config)
  const child: ChildProcess = spawn(
    nginxBinary(),
    ['-p', dir, '-c', file, '-e', path.join(dir, 'error.log')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout?.on('data', (chunk) => (output += String(chunk)))
  child.stderr?.on('data', (chunk) => (output += String(chunk)))
  // A binary that cannot be started reports an error and may never exit.
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => resolve()).on('error', () => resolve()),
  )
  const errorLog = () =>
    fs.existsSync(path.join(dir, 'error.log'))
      ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8')
      : ''
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
    fs.rmSync(dir, { recursive: true, force: true })
  }
  const spawnError = new Promise<Error>((resolve) => child.on('error', resolve))
  const deadline = Date.now() + 10_000
  for (;;) {
    const listening = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(true))
      socket.on('error', () => resolve(false))
      socket.on('connect', () => socket.destroy())
    })
    if (listening) break
    const failed = await Promise.race([
      spawnError,
      new Promise<undefined>((resolve) => setTimeout(resolve, 100)),
    ])
    if (failed || child.exitCode !== null || Date.now() > deadline) {
      await close()
      throw new Error(
        `nginx did not start (is Debian's nginx installed? .ci/run installs it): ${failed?.message ?? ''}\n${output}\n${errorLog()}`,
      )
    }
  }
  // Tries are separated by commas, internal redirects by " : ".
  const list = (value: string) =>
    value.split(/\s*,\s*|\s+:\s+/).filter((item) => item && item !== '-')
  return {
    url: `http://127.0.0.1:${port}`,
    log: () =>
      fs
        .readFileSync(accessLog, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const entry = JSON.parse(line) as {
            id: string
            method: string
            status: number
            upstream: string
            upstreamStatus: string
            msec: number
            requestTime: number
          }
          return {
            id: entry.id,
            method: entry.method,
            status: entry.status,
            upstreams: list(entry.upstream),
            upstreamStatuses: list(entry.upstreamStatus),
            startedAt: Math.round((entry.msec - entry.requestTime) * 1000),
          }
        }),
    errors: errorLog,
    close,
  }
}
