// The results as Markdown (bench/RESULTS.md) and JSON (for the smoke test and for comparisons).
import { cpus, loadavg, totalmem } from 'node:os'
import { readFileSync } from 'node:fs'
import type { Measurement } from './load.js'
import { CEILING_SIZE_STEP, type Fixtures, type Scenario } from './scenarios.js'

export interface ScenarioResult {
  key: string
  title: string
  request: string
  mode: Scenario['mode']
  note?: string
  /** Size of one answer, in bytes (the probe before the load). */
  bodyBytes: number
  /** The key of the ceiling scenario the ratios are taken against (none for ceilings and streams). */
  ceiling?: string
  runs: Array<Measurement & { ratioToCeiling: number | null, serverCpu: number, peakRssMb: number }>
}

/** Requests per second with one server process, then two, on the same store (the connections split between them). */
export interface ScaleOutResult {
  key: string
  title: string
  runs: Array<{ processes: number, connections: number, rps: number, p50: number, p99: number, failed: number }>
}

export interface Results {
  engine: 'sqlite' | 'postgres'
  date: string
  command: string
  machine: { cpu: string, cores: number, memoryGiB: number, node: string, kernel: string, loadAverage?: number[] }
  database: { path: string, description: string, bytes: number, counts: Fixtures['counts'] }
  settings: { connections: number[], seconds: number, warmupSeconds: number, env: Record<string, string> }
  fixtures: Fixtures
  server: { coldStartMs: number, peakRssMb: number, logBytes: number, exitCode: number | null }
  ceiling: { coldStartMs: number, peakRssMb: number, sizes: number[] }
  scenarios: ScenarioResult[]
  scaleOut: ScaleOutResult[]
}

export const ENGINE_NAMES: Record<Results['engine'], string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' }

export function machine (): Results['machine'] {
  let cpu = cpus()[0]?.model ?? 'unknown'
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu
  } catch {}
  let kernel = 'unknown'
  try {
    kernel = readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim()
  } catch {}
  // Other work on the machine takes cores from the server and the load generator alike.
  return { cpu, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30 * 10) / 10, node: process.version, kernel, loadAverage: loadavg().map((l) => Math.round(l * 10) / 10) }
}

const n = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const ms = (value: number) => Number.isInteger(value) || value >= 100 ? n(value) : n(value, value >= 10 ? 1 : 2)

const cell = (run: { rps: number, ratioToCeiling: number | null } | undefined) =>
  run === undefined ? '—' : run.ratioToCeiling === null ? n(run.rps) : `${n(run.rps)} (${n(run.ratioToCeiling, 2)})`

/** One run's report; several engines: their summaries side by side first, then each one's report. */
export function markdown (reports: Results[]): string {
  if (reports.length === 1) return engineMarkdown(reports[0] as Results)
  const first = reports[0] as Results
  const names = reports.map((r) => ENGINE_NAMES[r.engine])
  const lines = [
    '# Benchmark results',
    '',
    `The same scenarios on ${names.join(' and ')}, one engine after the other in one run (\`${first.command}\`), on the same data and the same machine; each engine's own report follows.`,
    '',
    `## ${names.join(' and ')} side by side`,
    '',
    'req/s (× ceiling, measured in the same engine\'s run) at each connection count.',
    '',
    `| Scenario | ${first.settings.connections.flatMap((c) => names.map((name) => `${name}, ${c} conn.`)).join(' | ')} |`,
    `| --- | ${first.settings.connections.flatMap(() => names.map(() => '---:')).join(' | ')} |`
  ]
  for (const s of first.scenarios.filter((x) => !x.key.startsWith('ceiling-'))) {
    const cells = first.settings.connections.flatMap((c) => reports.map((r) => cell(r.scenarios.find((x) => x.key === s.key)?.runs.find((x) => x.connections === c))))
    lines.push(`| ${s.title} | ${cells.join(' | ')} |`)
  }
  lines.push('', '### Scale-out: one and two server processes on one store', '', scaleOutIntro(first), '',
    `| Scenario | ${reports.flatMap((r) => [1, 2].map((p) => `${ENGINE_NAMES[r.engine]}, ${p} process${p > 1 ? 'es' : ''}`)).join(' | ')} |`,
    `| --- | ${reports.flatMap(() => ['---:', '---:']).join(' | ')} |`)
  for (const s of first.scaleOut) {
    lines.push(`| ${s.title} | ${reports.flatMap((r) => [1, 2].map((p) => {
      const run = r.scaleOut.find((x) => x.key === s.key)?.runs.find((x) => x.processes === p)
      return run === undefined ? '—' : n(run.rps)
    })).join(' | ')} |`)
  }
  lines.push('')
  // Each engine's report one heading level down.
  for (const r of reports) lines.push(engineMarkdown(r).replace(/^(#+) /gm, '#$1 ').replace(/^## Benchmark results$/m, `## ${ENGINE_NAMES[r.engine]}`))
  return lines.join('\n')
}

function scaleOutIntro (r: Results): string {
  const c = r.scaleOut[0]?.runs[0]?.connections ?? 0
  return `${c} connections in all: to one server process, then split ${Math.ceil(c / 2)} and ${Math.floor(c / 2)} between two processes (\`node dist/server.js\` twice, the same settings and store), loaded at once; req/s summed. Both processes, the store and the load generator share the machine's ${r.machine.cores} cores.`
}

function engineMarkdown (r: Results): string {
  const lines: string[] = []
  const push = (...more: string[]) => lines.push(...more)
  push(
    '# Benchmark results',
    '',
    `- **Engine:** ${ENGINE_NAMES[r.engine]}`,
    `- **Date:** ${r.date}`,
    `- **Command:** \`${r.command}\``,
    `- **Machine:** ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB RAM, Linux ${r.machine.kernel}, Node.js ${r.machine.node}${r.machine.loadAverage ? `; load average ${r.machine.loadAverage.join(', ')} (1, 5, 15 min) at the end of the run` : ''}`,
    `- **Database:** ${r.database.description} — ${n(r.database.counts.events)} events, ${n(r.database.counts.participants)} participants, ${n(r.database.counts.statements)} statements, ${n(r.database.counts.articles)} articles, ${n(r.database.bytes / 2 ** 20, 1)} MiB`,
    `- **Load:** autocannon over loopback (127.0.0.1), in the same machine as the server (they share the cores); connections ${r.settings.connections.join(', ')}; ${r.settings.warmupSeconds} s warm-up (discarded) then ${r.settings.seconds} s measured, per scenario and connection count; pipelining 1; no \`Accept-Encoding\` (answers not compressed).`,
    `- **Server:** the production build (\`node dist/server.js\`) with ${Object.entries(r.settings.env).map(([k, v]) => `\`${k}=${v}\``).join(', ')}. Logging as in production: pino JSON at \`info\`, one line per request and per response, to a file (${n(r.server.logBytes / 2 ** 20, 1)} MiB written). The event-loop-delay guard is off and the rate limit is set out of reach so that they do not turn load into 503/429 answers; the rate-limit plugin still runs (and costs) on every request.`,
    `- **Cold start** (spawn → first 200 on \`/readyz\`): server ${n(r.server.coldStartMs)} ms; ceiling process ${n(r.ceiling.coldStartMs)} ms (runs through tsx).`,
    `- **Peak RSS** (VmHWM at the end): server ${n(r.server.peakRssMb, 1)} MiB; ceiling process ${n(r.ceiling.peakRssMb, 1)} MiB.`,
    `- **Ceiling:** \`bench/ceiling.ts\` — \`buildApp()\` with the server's options, plus \`GET /__ceiling?bytes=N\` answering a constant JSON body of N bytes shaped like the API's answers (one event, or a page of them), measured at ${r.ceiling.sizes.map((b) => `${n(b)}`).join(', ')} bytes: the sizes of the answers benchmarked, sizes within ${CEILING_SIZE_STEP}× sharing one. Every request scenario is divided by the ceiling at its answer size (the largest not above it) and the same connection count; the streamed export is reported in MB/s only.`,
    ''
  )

  push('## Summary', '', 'req/s (× ceiling) at each connection count.', '')
  push(`| Scenario | ${r.settings.connections.map((c) => `${c} conn.`).join(' | ')} |`, `| --- | ${r.settings.connections.map(() => '---:').join(' | ')} |`)
  for (const s of r.scenarios) push(`| ${s.title} | ${r.settings.connections.map((c) => cell(s.runs.find((x) => x.connections === c))).join(' | ')} |`)
  push('')

  for (const s of r.scenarios) {
    const against = s.ceiling === undefined ? '' : ` Compared with the ${r.scenarios.find((c) => c.key === s.ceiling)?.bodyBytes.toLocaleString('en-US') ?? '?'}-byte ceiling.`
    push(`## ${s.title}`, '', `\`${s.request}\` — one answer is ${n(s.bodyBytes)} bytes.${against}${s.note ? ` Note: ${s.note}.` : ''}`, '')
    if (s.mode === 'stream') {
      push('Whole downloads, each client starting the next as soon as one ends; latency is the completion time of a download.', '')
      push('| Connections | MB/s | Downloads/s | Completion p50 (ms) | Completion p99 (ms) | TTFB p50 (ms) | × ceiling (req/s) | Server CPU | Peak RSS (MiB) | Non-2xx / errors / timeouts |',
        '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
      for (const run of s.runs) {
        push(`| ${run.connections} | ${n(run.mbps, 1)} | ${n(run.rps, 1)} | ${ms(run.p50)} | ${ms(run.p99)} | ${ms(run.ttfbP50 ?? 0)} | ${run.ratioToCeiling === null ? '—' : n(run.ratioToCeiling, 3)} | ${n(run.serverCpu * 100)} % | ${n(run.peakRssMb, 1)} | ${run.non2xx} / ${run.errors} / ${run.timeouts} |`)
      }
    } else {
      push('| Connections | req/s | p50 (ms) | p99 (ms) | × ceiling | MB/s | Server CPU | Peak RSS (MiB) | Non-2xx / errors / timeouts |',
        '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
      for (const run of s.runs) {
        push(`| ${run.connections} | ${n(run.rps)} | ${ms(run.p50)} | ${ms(run.p99)} | ${run.ratioToCeiling === null ? '—' : n(run.ratioToCeiling, 2)} | ${n(run.mbps, 2)} | ${n(run.serverCpu * 100)} % | ${n(run.peakRssMb, 1)} | ${run.non2xx} / ${run.errors} / ${run.timeouts} |`)
      }
    }
    push('')
  }

  if (r.scaleOut.length > 0) {
    push('## Scale-out: one and two server processes', '', scaleOutIntro(r), '',
      '| Scenario | Processes | Connections | req/s | p50 (ms) | p99 (ms) | Failed |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const s of r.scaleOut) for (const run of s.runs) push(`| ${s.title} | ${run.processes} | ${run.connections} | ${n(run.rps)} | ${ms(run.p50)} | ${ms(run.p99)} | ${run.failed} |`)
    push('')
  }

  const f = r.fixtures
  push('## What was asked for', '',
    'Picked from the database before the run (read-only):', '',
    `- speaker with the most statements: \`${f.speaker.id}\` (${n(f.speaker.statements)})`,
    `- participant in the most events: \`${f.participant.id}\` (${n(f.participant.events)}), range ${f.participant.from} → ${f.participant.to} (middle half of their events)`,
    `- event with the most statements (with participants and articles): \`${f.richEvent.id}\``,
    `- search word: \`${f.word.text}\` (in ${f.word.sampleHits} of the first ${f.word.sampleSize} statements)`,
    `- event by id: ${f.eventIds.length} ids spread evenly over the table`,
    '',
    'Server CPU is the server process\'s user + system time during the measured run, as a share of one core (above 100 % counts the garbage collector and libuv threads); near or above 100 % the server is the bottleneck, well below it the load generator on the same cores is. For the ceiling row it is the ceiling process.',
    '')
  return lines.join('\n')
}

/** Where the sections of other runs begin (the responsiveness figures of the reliability suite). */
export const KEPT_MARKER = '<!-- The sections below come from other runs: npm run bench keeps them as they are. -->'

/** The sections of the current file that this run does not write, from the marker on; none without it. */
export function keptSections (current: string): string {
  const at = current.indexOf(KEPT_MARKER)
  return at === -1 ? '' : `\n${current.slice(at)}`
}
