/**
 * A throw-away PostgreSQL cluster for tests: a primary and, if asked, streaming replicas, each a
 * server of its own on 127.0.0.1 on a free port, in one temporary directory removed by `stop()`.
 *
 * Uses the server binaries of PG_BIN (default /usr/lib/postgresql/15/bin, Debian's package), not
 * the Debian wrappers (pg_ctlcluster, /usr/bin/psql) nor the package's own cluster on 5432.
 * initdb refuses to run as root: as root every binary runs as the `postgres` user (runuser),
 * otherwise as the current user. Everything is trusted (no passwords); fsync is off.
 */
import { execFile, spawn } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { freePort } from '../../bench/processes.js'

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin'
const SUPERUSER = 'postgres'
const AS_ROOT = process.getuid?.() === 0
const STEP_TIMEOUT = 60_000
const READY_TIMEOUT = 30_000

export interface ReplicaOptions {
  /** recovery_min_apply_delay: the replica applies each commit this long after it happened. */
  delayMs?: number
}

export interface DatabaseOptions {
  /** Clone this database (other sessions on it are ended first); default template0, UTF8, C collation. */
  template?: string
  /** CREATE EXTENSION for each, e.g. ['unaccent', 'pg_trgm']. */
  extensions?: string[]
}

export interface Cluster {
  primaryUrl: string
  replicaUrls: string[]
  /** Creates a database on the primary and answers its URL. */
  createDatabase: (name: string, options?: DatabaseOptions) => Promise<string>
  /** Stops replica `i` (its URL stops answering); the primary keeps its slot, so nothing is lost. */
  stopReplica: (i: number) => Promise<void>
  /** Starts replica `i` again and waits until it streams. */
  startReplica: (i: number) => Promise<void>
  /** Stops every server and removes the directory. */
  stop: () => Promise<void>
}

interface Server {
  dir: string
  port: number
  url: string
  running: boolean
}

const run = promisify(execFile)

/** `sh -c WATCHDOG watchdog <root> <pid>`: once <pid> is gone, stops the servers under <root> and removes it. */
const WATCHDOG = `
while kill -0 "$2" 2>/dev/null; do sleep 1; done
for pidfile in "$1"/*/postmaster.pid; do [ -f "$pidfile" ] && kill -QUIT "$(head -n 1 "$pidfile")"; done
sleep 1; rm -rf "$1"`

/** Runs a PostgreSQL binary (as `postgres` when we are root); a failure names the step and its stderr. */
async function step (name: string, binary: string, args: string[], cwd: string): Promise<void> {
  const [file, argv] = AS_ROOT ? ['runuser', ['-u', 'postgres', '--', join(BIN, binary), ...args]] : [join(BIN, binary), args]
  try {
    await run(file, argv, { cwd, timeout: STEP_TIMEOUT })
  } catch (error) {
    const { stderr, message } = error as { stderr?: string, message: string }
    throw new Error(`PostgreSQL test cluster: ${name} failed: ${stderr?.trim() || message}`)
  }
}

function urlFor (port: number, database = 'postgres'): string {
  return `postgres://${SUPERUSER}@127.0.0.1:${port}/${encodeURIComponent(database)}`
}

async function query<T> (url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return (await client.query(sql, values)).rows as T[]
  } finally {
    await client.end()
  }
}

/** Retries `check` until it answers true (an exception counts as not yet). */
async function waitFor (what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT
  let last = ''
  while (Date.now() < deadline) {
    try {
      if (await check()) return
    } catch (error) {
      last = `: ${(error as Error).message}`
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`PostgreSQL test cluster: ${what} not within ${READY_TIMEOUT / 1000} s${last}`)
}

export async function startCluster (options: { replicas?: ReplicaOptions[] } = {}): Promise<Cluster> {
  const port = await freePort()
  const root = mkdtempSync(join(tmpdir(), 'pg-cluster-'))
  const primary: Server = { dir: join(root, 'primary'), port, url: urlFor(port), running: false }
  const servers: Server[] = [primary]
  // A crashed test run must not leave servers behind: SIGQUIT is PostgreSQL's immediate shutdown.
  // 'exit' covers a normal exit and an uncaught exception; the watchdog covers the deaths that
  // skip it (SIGKILL, and tap's timeout).
  const watchdog = spawn('sh', ['-c', WATCHDOG, 'watchdog', root, String(process.pid)], { detached: true, stdio: 'ignore' })
  watchdog.unref()
  const onExit = (): void => {
    for (const server of servers) {
      try {
        if (server.running) process.kill(Number(readFileSync(join(server.dir, 'postmaster.pid'), 'utf8').split('\n')[0]), 'SIGQUIT')
      } catch {}
    }
    rmSync(root, { recursive: true, force: true })
    watchdog.kill()
  }
  process.on('exit', onExit)

  const start = async (server: Server, name: string): Promise<void> => {
    server.running = true // also when pg_ctl gives up waiting: the server may be up, and is stopped with the rest
    try {
      await step(`starting the ${name}`, 'pg_ctl', ['start', '-w', '-t', String(READY_TIMEOUT / 1000), '-D', server.dir, '-l', `${server.dir}.log`], root)
    } catch (error) {
      let log = ''
      try { log = readFileSync(`${server.dir}.log`, 'utf8').slice(-2000) } catch {}
      throw new Error(`${(error as Error).message}\n${log}`)
    }
    await waitFor(`the ${name} accepting connections`, async () => (await query(server.url, 'SELECT 1')).length === 1)
  }
  const stopServer = async (server: Server, mode: 'fast' | 'immediate'): Promise<void> => {
    if (!server.running) return
    await step(`stopping ${server.dir}`, 'pg_ctl', ['stop', '-w', '-m', mode, '-D', server.dir], root)
    server.running = false
  }
  const waitStreaming = async (i: number): Promise<void> => {
    const replica = servers[i + 1] as Server
    await waitFor(`replica ${i} streaming from the primary`, async () => {
      const [slot] = await query<{ state: string }>(primary.url,
        'SELECT r.state FROM pg_replication_slots s JOIN pg_stat_replication r ON r.pid = s.active_pid WHERE s.slot_name = $1', [`replica_${i}`])
      return slot?.state === 'streaming'
    })
    const [recovery] = await query<{ standby: boolean }>(replica.url, 'SELECT pg_is_in_recovery() AS standby')
    if (recovery?.standby !== true) throw new Error(`PostgreSQL test cluster: replica ${i} is not in recovery`)
  }

  try {
    if (AS_ROOT) await run('chown', ['postgres', root], { timeout: STEP_TIMEOUT })
    await step('initdb', 'initdb', ['-D', primary.dir, '--auth=trust', '-U', SUPERUSER, '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions'], root)
    appendFileSync(join(primary.dir, 'postgresql.conf'), [
      '', '# test cluster',
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${root}'`,
      'fsync = off', 'synchronous_commit = off', 'full_page_writes = off',
      'wal_level = replica', 'max_wal_senders = 10', 'max_replication_slots = 10', 'hot_standby = on',
      ''
    ].join('\n'))
    writeFileSync(join(primary.dir, 'pg_hba.conf'), [
      'local all all trust',
      'host all all 127.0.0.1/32 trust',
      'host replication all 127.0.0.1/32 trust',
      ''
    ].join('\n'))
    await start(primary, 'primary')

    for (const [i, replicaOptions] of (options.replicas ?? []).entries()) {
      const replicaPort = await freePort()
      const replica: Server = { dir: join(root, `replica-${i}`), port: replicaPort, url: urlFor(replicaPort), running: false }
      servers.push(replica)
      // -R writes primary_conninfo and standby.signal; -C -S a slot, so a stopped replica catches up.
      await step(`pg_basebackup for replica ${i}`, 'pg_basebackup', ['-h', '127.0.0.1', '-p', String(port), '-U', SUPERUSER,
        '-D', replica.dir, '-R', '-X', 'stream', '-C', '-S', `replica_${i}`, '-c', 'fast', '--no-sync'], root)
      appendFileSync(join(replica.dir, 'postgresql.conf'), [
        '', '# replica', `port = ${replicaPort}`,
        ...(replicaOptions.delayMs ? [`recovery_min_apply_delay = '${replicaOptions.delayMs}ms'`] : []),
        ''
      ].join('\n'))
      await start(replica, `replica ${i}`)
      await waitStreaming(i)
    }
  } catch (error) {
    await Promise.allSettled(servers.map((server) => stopServer(server, 'immediate')))
    onExit()
    process.off('exit', onExit)
    throw error
  }

  const replica = (i: number): Server => {
    const server = servers[i + 1]
    if (server === undefined) throw new Error(`PostgreSQL test cluster: no replica ${i}`)
    return server
  }

  return {
    primaryUrl: primary.url,
    replicaUrls: servers.slice(1).map((server) => server.url),
    async createDatabase (name, { template, extensions = [] } = {}) {
      const admin = new pg.Client({ connectionString: primary.url })
      await admin.connect()
      try {
        const from = template === undefined
          ? "TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
          : `TEMPLATE ${pg.escapeIdentifier(template)}`
        // A template cannot be copied while anyone else is connected to it (55006): end those sessions.
        if (template !== undefined) {
          await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [template])
        }
        await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} ${from}`)
      } finally {
        await admin.end()
      }
      const url = urlFor(primary.port, name)
      for (const extension of extensions) await query(url, `CREATE EXTENSION IF NOT EXISTS ${pg.escapeIdentifier(extension)}`)
      return url
    },
    async stopReplica (i) {
      await stopServer(replica(i), 'fast')
    },
    async startReplica (i) {
      await start(replica(i), `replica ${i}`)
      await waitStreaming(i)
    },
    async stop () {
      try {
        // Replicas first: a primary stopped under them only makes them retry.
        for (const server of servers.slice(1)) await stopServer(server, 'immediate')
        await stopServer(primary, 'immediate')
      } finally {
        onExit()
        process.off('exit', onExit)
      }
    }
  }
}
