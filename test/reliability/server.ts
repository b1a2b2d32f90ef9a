// The real server (src/server.ts) as a child process on 127.0.0.1, on a database file the test
// owns, through the benchmark's child-process helpers: spawned on a free port, ready when /readyz
// answers 200, and killed when the test ends whatever happens.
import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort, spawnServer, stop } from '../../bench/processes.js'
import { createKey } from '../../src/auth/keys.js'
import type { TestContext } from '../helper.js'

export const root = fileURLToPath(new URL('../..', import.meta.url))

export interface ServerFiles {
  databasePath: string
  keysFile: string
  logFile: string
}

export interface RunningServer {
  child: ChildProcess
  port: number
  url: (path: string) => string
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>
}

/** The files of one server under `dir`, with an admin key (it may write anything) in its keys file. */
export function serverFiles (dir: string): ServerFiles & { key: string } {
  const keysFile = join(dir, 'api-keys.json')
  return { databasePath: join(dir, 'db.sqlite'), keysFile, logFile: join(dir, 'server.log'), key: createKey(keysFile, 'reliability', 'admin') }
}

/**
 * Starts the server as `npm start` would (a new database file is migrated and seeded), with load
 * shedding and the rate limit out of the way: the tests load it on purpose, and a 429 or 503
 * there would hide the errors they look for. Logs go to `files.logFile` at `warn`: every 5xx is
 * logged at `error`, so the file names any failure.
 */
export async function startServer (t: TestContext, files: ServerFiles, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort()
  const { child } = await spawnServer(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    port,
    logFile: files.logFile,
    timeoutMs: 120_000,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_PATH: files.databasePath,
      API_KEYS_FILE: files.keysFile,
      READ_ONLY: 'false',
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
      RATE_LIMIT_MAX: '1000000000',
      MAX_EVENT_LOOP_DELAY_MS: '0',
      // SIGTERM stops accepting at once; the drain delay's own test sets it.
      DRAIN_DELAY_MS: '0',
      ...env
    }
  })
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode)
    else child.once('exit', (code) => resolve(code))
  })
  t.after(() => stop(child, 2000))
  return { child, port, url: (path) => `http://127.0.0.1:${port}${path}`, exited }
}

/** Kills the server outright, as a crash or the OOM killer would, and waits until it is gone. */
export async function crash (server: RunningServer): Promise<void> {
  server.child.kill('SIGKILL')
  await server.exited
}

/** SIGTERM, then waits for the exit; resolves with the exit code. */
export async function terminate (server: RunningServer): Promise<number | null> {
  server.child.kill('SIGTERM')
  return server.exited
}
