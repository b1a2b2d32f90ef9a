import type pg from 'pg'
import { consistency } from '../../storage/consistency.js'
import type { NodeStatus } from '../../storage/storage.js'
import { get, openPool, type Queryable } from './connection.js'

export interface NodeSettings {
  /** The primary: every write, and the reads no replica can take. */
  url: string
  /** Streaming replicas for reads. */
  replicaUrls?: string[]
  /** Connections per node. */
  poolSize?: number
  /** Longest a statement may run, in milliseconds (0: no limit). */
  statementTimeoutMs?: number
}

/** How long a replica that failed is left out before it is tried again. */
const RETRY_DOWN_MS = 5000

interface Replica { pool: pg.Pool, downUntil: number }

/**
 * Failures of the replica, not of the read (refused, reset, shutting down, the database not
 * there yet): the replica is left out for a while and the read goes to the primary.
 */
const unreachable = (error: unknown) => {
  const code = (error as { code?: unknown }).code
  return typeof code !== 'string' || /^(ECONN|ENOTFOUND|ETIMEDOUT|EPIPE|57P0|08|3D000)/.test(code) || /terminat|Connection/i.test(String((error as Error).message))
}

/**
 * The primary and its read replicas. A read goes to the next replica in turn that is up and has
 * replayed the client's last write (its Consistency-Token), else to the primary; a write's commit
 * position becomes the token of its answer.
 */
export class Nodes {
  readonly primary: pg.Pool
  private readonly replicas: Replica[]
  private turn = 0

  constructor (settings: NodeSettings) {
    const pools = { poolSize: settings.poolSize, statementTimeoutMs: settings.statementTimeoutMs }
    this.primary = openPool({ url: settings.url, ...pools })
    this.replicas = (settings.replicaUrls ?? []).map((url) => ({ pool: openPool({ url, ...pools }), downUntil: 0 }))
  }

  /** Whether there are replicas to send reads to. */
  get replicated (): boolean { return this.replicas.length > 0 }

  /** Runs a read on a replica that can take it, else on the primary. */
  async read<T> (work: (db: Queryable) => Promise<T>): Promise<T> {
    const { after } = consistency()
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const replica = this.replicas[this.turn++ % this.replicas.length] as Replica
      if (replica.downUntil > Date.now()) continue
      try {
        if (after !== undefined) {
          const caughtUp = await get<{ ok: boolean }>(replica.pool, 'select coalesce(pg_last_wal_replay_lsn() >= ?::pg_lsn, false) as ok', [after])
          if (caughtUp?.ok !== true) continue
        }
        return await work(replica.pool)
      } catch (error) {
        if (!unreachable(error)) throw error
        replica.downUntil = Date.now() + RETRY_DOWN_MS
      }
    }
    return await work(this.primary)
  }

  /** Records where the write that answered `answer` committed, for its answer's Consistency-Token. */
  async wrote<T> (answer: T): Promise<T> {
    if (this.replicated) {
      consistency().wrote = (await get<{ at: string }>(this.primary, 'select pg_current_wal_insert_lsn()::text as at'))?.at
    }
    return answer
  }

  /** Each node answering or not, with how far a replica has replayed. */
  async status (): Promise<NodeStatus[]> {
    const probe = async (node: string, pool: pg.Pool): Promise<NodeStatus> => {
      try {
        const row = await get<{ at: string | null }>(pool, 'select pg_last_wal_replay_lsn()::text as at')
        return { node, ok: true, ...(row?.at == null ? {} : { replayed: row.at }) }
      } catch {
        return { node, ok: false }
      }
    }
    return await Promise.all([probe('primary', this.primary), ...this.replicas.map(async (r, i) => await probe(`replica ${i + 1}`, r.pool))])
  }

  async close (): Promise<void> {
    await Promise.all([this.primary.end(), ...this.replicas.map(async (r) => await r.pool.end())])
  }
}
