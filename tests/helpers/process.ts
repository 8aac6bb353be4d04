import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export interface ServerProcess {
  child: ChildProcess
  url: string
  output: () => string
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>
  stop: (signal?: NodeJS.Signals) => Promise<number | string>
}

export interface ServerProcessOptions {
  /** Node's export conditions: `production` as `npm start` runs, `development` (the default) as `npm run dev`. */
  conditions?: 'development' | 'production'
  /** The entry point: the server (the default) or the job worker (`src/jobs/worker.ts`, as `npm run worker`). */
  entry?: 'src/jobs/worker.ts' | 'src/server/main.ts'
  /** Extra options for Node itself (V8's `--trace-gc`, which NODE_OPTIONS does not accept). */
  nodeArgs?: string[]
}

const root = path.resolve(import.meta.dirname, '../..')

/**
 * Runs the server entry point (`src/server/main.ts`) as its own process, as `npm start` would.
 * Node itself runs it, with tsx as a loader: the `tsx` command would put a wrapper process in
 * between, and a signal for the server (SIGKILL above all) would end only the wrapper and
 * leave the server running as an orphan.
 */
export function runServerProcess(
  env: Record<string, string>,
  options: ServerProcessOptions = {},
): Omit<ServerProcess, 'url'> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      `--conditions=${options.conditions ?? 'development'}`,
      ...(options.nodeArgs ?? []),
      options.entry ?? 'src/server/main.ts',
    ],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_OPTIONS: '--no-deprecation',
        ...env,
      } as unknown as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk) => (output += String(chunk)))
  child.stderr?.on('data', (chunk) => (output += String(chunk)))
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'))
  })
  return {
    child,
    output: () => output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}

/** Starts a job worker process and waits until it says it runs the queues. */
export async function startWorkerProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
  options: Omit<ServerProcessOptions, 'entry'> = {},
): Promise<Omit<ServerProcess, 'url'>> {
  const proc = runServerProcess(env, { ...options, entry: 'src/jobs/worker.ts' })
  const deadline = Date.now() + timeoutMs
  let ended = false
  void proc.exited.then(() => (ended = true))
  while (Date.now() < deadline && !ended) {
    if (proc.output().includes('Worker running the job queues')) return proc
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await proc.stop('SIGKILL')
  throw new Error(
    `worker did not start within ${timeoutMs} ms (ended: ${ended}):\n${proc.output()}`,
  )
}

/** Starts a server process and waits until `/healthz` answers. */
export async function startServerProcess(
  env: Record<string, string> & { PORT: string },
  timeoutMs = 60_000,
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const proc = runServerProcess(env, options)
  const url = `http://127.0.0.1:${env.PORT}`
  const deadline = Date.now() + timeoutMs
  let ended = false
  void proc.exited.then(() => (ended = true))
  while (Date.now() < deadline && !ended) {
    try {
      const response = await fetch(`${url}/healthz`)
      if (response.ok) return { ...proc, url }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await proc.stop('SIGKILL')
  throw new Error(
    `server did not become healthy within ${timeoutMs} ms (ended: ${ended}, exit: ${ended ? await proc.exited : 'running'}):\n${proc.output()}`,
  )
}
