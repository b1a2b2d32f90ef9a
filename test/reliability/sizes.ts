// How big the reliability runs are. `npm test` runs them short so a regression is caught on every
// change; `npm run test:reliability` (RELIABILITY=long) runs them at full size. Each figure can
// also be set on its own through its environment variable.

export const long = process.env.RELIABILITY === 'long'

function setting (name: string, short: number, full: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return long ? full : short
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, not "${raw}"`)
  return value
}

export const sizes = {
  /** Seconds of sustained mixed load. */
  loadSeconds: setting('LOAD_SECONDS', 5, 60),
  loadConnections: setting('LOAD_CONNECTIONS', 64, 64),
  /** Times the server is killed and restarted on the same file. */
  crashRounds: setting('CRASH_ROUNDS', 3, 20),
  /** Clients writing concurrently while the kill comes. */
  crashClients: setting('CRASH_CLIENTS', 6, 6),
  /** Seeds the kill moments: the same seed kills at the same moments. */
  crashSeed: setting('CRASH_SEED', 8, 8),
  /** Statements in the database the shutdown test exports while the server stops. */
  shutdownStatements: setting('SHUTDOWN_STATEMENTS', 30_000, 30_000),
  /** Statements in the database exported and streamed whole while lookups must stay quick. */
  responsiveStatements: setting('RESPONSIVE_STATEMENTS', 20_000, 100_000)
}
