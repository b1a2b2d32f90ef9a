/**
 * PostgreSQL for the HTTP suite (TEST_ENGINE=postgres): one throw-away cluster per test process,
 * one migrated template database (and one with the seed data, loaded through the interchange
 * format from a seeded SQLite file), and a new database cloned from it for every app built.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { applyPgMigrations } from '../../src/db/postgres/migrate.js'
import { postgresStorage } from '../../src/db/postgres/storage.js'
import { openDatabase } from '../../src/db/sqlite/connection.js'
import { applyMigrations } from '../../src/db/sqlite/migrate.js'
import { seedDatabase } from '../../src/db/sqlite/seed.js'
import { sqliteStorage } from '../../src/db/sqlite/storage.js'
import type { ImportRecord } from '../../src/storage/storage.js'
import { startCluster, type Cluster, type ReplicaOptions } from './cluster.js'

export const USE_POSTGRES = process.env.TEST_ENGINE === 'postgres'

let cluster: Promise<Cluster> | undefined
const templates = new Map<string, Promise<string>>()

/** The process's cluster, started on first use (stopped when the process exits: see cluster.ts). */
export async function testCluster (replicas: ReplicaOptions[] = []): Promise<Cluster> {
  cluster ??= startCluster({ replicas })
  return await cluster
}

/** Every record of the seed data, as interchange lines read from a freshly seeded SQLite file. */
async function seedRecords (): Promise<ImportRecord[]> {
  const dir = mkdtempSync(join(tmpdir(), 'news-events-seed-'))
  try {
    const path = join(dir, 'seed.db')
    const db = openDatabase(path)
    applyMigrations(db)
    seedDatabase(db)
    db.$client.close()
    const storage = sqliteStorage(path)
    const lines: string[] = []
    for await (const chunk of storage.exportLines()) lines.push(...chunk.split('\n').filter((line) => line !== ''))
    await storage.close()
    return lines.map((line, i) => ({ line: i + 1, ...JSON.parse(line) }) as ImportRecord)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function template (seed: boolean): Promise<string> {
  const name = seed ? 'template_seeded' : 'template_empty'
  let made = templates.get(name)
  if (made === undefined) {
    made = (async () => {
      const url = await (await testCluster()).createDatabase(name)
      const pool = new pg.Pool({ connectionString: url })
      // pool.end() resolves before its connections are gone, and cloning the template ends those that
      // are left (cluster.ts): a pool without an error listener would throw that into a test.
      pool.on('error', () => {})
      try {
        await applyPgMigrations(pool)
      } finally {
        await pool.end()
      }
      if (seed) {
        const storage = postgresStorage({ url })
        try {
          await storage.importRecords(await seedRecords(), { actor: 'seed' })
        } finally {
          await storage.close()
        }
      }
      return name
    })()
    templates.set(name, made)
  }
  return await made
}

/** A new migrated database (with the seed data if asked), its URL. */
export async function freshPgDatabase (options: { seed?: boolean } = {}): Promise<string> {
  const name = await template(options.seed === true)
  return await (await testCluster()).createDatabase(`test_${randomUUID().replaceAll('-', '')}`, { template: name })
}
