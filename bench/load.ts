// Driving the server: autocannon for request/response scenarios, a streaming client for exports.
import { Agent, request } from 'node:http'
import autocannon from 'autocannon'
import type { Scenario } from './scenarios.js'

export interface Measurement {
  connections: number
  seconds: number
  requests: number
  rps: number
  p50: number
  p99: number
  /** Response bytes per second, in MB/s (10^6). */
  mbps: number
  non2xx: number
  errors: number
  timeouts: number
  /** Streaming scenarios only: median time to first byte, in ms. */
  ttfbP50?: number
}

/** One bounded autocannon run over loopback. */
export async function hammer (port: number, scenario: Scenario, connections: number, seconds: number): Promise<Measurement> {
  // autocannon walks the list of requests on each connection separately; shared paths go out one
  // after the other across all connections instead.
  let next = 0
  const shared = () => scenario.paths[next++ % scenario.paths.length] as string
  const requests = (scenario.sharedPaths === true ? [shared()] : scenario.paths).map((path) => ({
    method: scenario.method,
    path,
    ...(scenario.headers ? { headers: scenario.headers } : {}),
    ...(scenario.body || scenario.sharedPaths === true
      ? { setupRequest: (req: autocannon.Request) => ({ ...req, ...(scenario.sharedPaths === true ? { path: shared() } : {}), ...(scenario.body ? { body: scenario.body() } : {}) }) }
      : {})
  }))
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    pipelining: 1,
    duration: seconds,
    timeout: 10,
    requests
  })
  const duration = result.duration > 0 ? result.duration : seconds
  return {
    connections,
    seconds: duration,
    requests: result.requests.total,
    rps: result.requests.total / duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mbps: result.throughput.total / duration / 1e6,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts
  }
}

const percentile = (sorted: number[], p: number) => sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0

/**
 * `connections` clients each download the whole answer, again and again, until `seconds` have
 * passed; downloads still running then get `graceSeconds` more before they are aborted (their bytes
 * count toward MB/s, not toward completed requests). Latency is the completion time of a download.
 */
export async function stream (port: number, scenario: Scenario, connections: number, seconds: number, graceSeconds = 10): Promise<Measurement> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const path = scenario.paths[0] ?? '/'
  const startedAt = performance.now()
  const deadline = startedAt + seconds * 1000
  const completions: number[] = []
  const ttfbs: number[] = []
  let bytes = 0
  let non2xx = 0
  let errors = 0
  let timeouts = 0
  const inFlight = new Set<() => void>()

  const once = () => new Promise<void>((resolve) => {
    const sentAt = performance.now()
    let aborted = false
    const fail = () => { if (!aborted) errors++; resolve() }
    const req = request({ host: '127.0.0.1', port, path, method: scenario.method, agent, headers: scenario.headers }, (res) => {
      ttfbs.push(performance.now() - sentAt)
      if (res.statusCode !== scenario.expectStatus) non2xx++
      res.on('data', (chunk: Buffer) => { bytes += chunk.length })
      res.on('end', () => {
        completions.push(performance.now() - sentAt)
        resolve()
      })
      res.on('error', fail)
    })
    const abort = () => { aborted = true; timeouts++; req.destroy(); resolve() }
    inFlight.add(abort)
    req.on('close', () => inFlight.delete(abort))
    req.on('error', fail)
    req.end()
  })

  const client = async () => {
    while (performance.now() < deadline) await once()
  }
  const clients = Array.from({ length: connections }, client)
  const guard = setTimeout(() => { for (const abort of [...inFlight]) abort() }, (seconds + graceSeconds) * 1000)
  await Promise.all(clients)
  clearTimeout(guard)
  agent.destroy()

  const elapsed = (performance.now() - startedAt) / 1000
  completions.sort((a, b) => a - b)
  ttfbs.sort((a, b) => a - b)
  return {
    connections,
    seconds: elapsed,
    requests: completions.length,
    rps: completions.length / elapsed,
    p50: percentile(completions, 0.5),
    p99: percentile(completions, 0.99),
    mbps: bytes / elapsed / 1e6,
    non2xx,
    errors,
    timeouts,
    ttfbP50: percentile(ttfbs, 0.5)
  }
}

/** The scenario's request in one go: checks the status and gives the body. */
export async function probe (port: number, scenario: Scenario, pathIndex = 0): Promise<{ status: number, body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${scenario.paths[pathIndex] ?? '/'}`, {
    method: scenario.method,
    ...(scenario.headers ? { headers: scenario.headers } : {}),
    ...(scenario.body ? { body: scenario.body() } : {}),
    signal: AbortSignal.timeout(60_000)
  })
  return { status: res.status, body: await res.text() }
}
