import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'

export interface RedisServer {
  url: string
  /** Stops the server as an outage would (its data goes with it: nothing here persists). */
  stop: () => Promise<void>
  /** Starts it again on the same port. */
  start: () => Promise<void>
  close: () => Promise<void>
}

/**
 * Debian's `redis-server` (installed by .ci/run), on a free loopback port, without persistence:
 * what the CMS keeps there (rate-limit counters, the content version) is allowed to vanish.
 */
export async function startRedis(): Promise<RedisServer> {
  const port = await getPort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-redis-'))
  let child: ChildProcess | undefined
  const start = async () => {
    const proc = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    child = proc
    let output = ''
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`redis-server did not start within 10 s:\n${output}`)),
        10_000,
      )
      proc.on('error', (error) =>
        reject(
          new Error(
            `redis-server could not be started (is Debian's redis-server installed? .ci/run installs it): ${error.message}`,
          ),
        ),
      )
      proc.stdout!.on('data', (chunk) => {
        output += String(chunk)
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer)
          resolve()
        }
      })
      proc.on('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)))
    })
  }
  const stop = async () => {
    const proc = child
    child = undefined
    if (!proc || proc.exitCode !== null) return
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve())
      proc.kill('SIGKILL')
    })
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    close: async () => {
      await stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
