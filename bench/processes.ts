// Child processes for the benchmark: spawned on loopback, watched through /proc, always killed.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

const children = new Set<ChildProcess>()

/** Kills every child still running: SIGTERM, then SIGKILL for those that linger. */
export async function killAll (graceMs = 5000): Promise<void> {
  const alive = [...children].filter((child) => child.exitCode === null && child.signalCode === null)
  await Promise.all(alive.map((child) => stop(child, graceMs)))
}

/** Stops one child: SIGTERM (the server closes cleanly, writing its CPU profile if asked), then SIGKILL. */
export async function stop (child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

// A last resort when the runner exits with children alive (an uncaught error): no waiting possible.
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
})

/** Runs `handler` once on Ctrl-C or SIGTERM, then exits with the conventional status. */
export function onInterrupt (handler: () => Promise<void>): void {
  let interrupted = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) process.exit(130)
      interrupted = true
      console.error(`\n${signal}: stopping the child processes`)
      handler().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
    })
  }
}

export interface Spawned {
  child: ChildProcess
  pid: number
  /** Milliseconds from spawn to the first 200 on `readyPath`. */
  coldStartMs: number
}

/**
 * Spawns `command args` with its output appended to `logFile`, then polls `http://127.0.0.1:port
 * readyPath` until it answers 200: the time that takes is the cold start.
 */
export async function spawnServer (command: string, args: string[], options: {
  env: NodeJS.ProcessEnv
  port: number
  logFile: string
  readyPath?: string
  timeoutMs?: number
  cwd?: string
}): Promise<Spawned> {
  const log = openSync(options.logFile, 'a')
  const startedAt = performance.now()
  const spawnOptions: SpawnOptions = { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log] }
  const child = spawn(command, args, spawnOptions)
  closeSync(log)
  children.add(child)
  child.once('exit', () => children.delete(child))
  if (child.pid === undefined) throw new Error(`could not spawn ${command}`)

  const deadline = startedAt + (options.timeoutMs ?? 30_000)
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${command} ${args.join(' ')} exited (${child.exitCode ?? child.signalCode}) before it was ready; see ${options.logFile}`)
    }
    if (await answers200(options.port, options.readyPath ?? '/readyz')) {
      return { child, pid: child.pid, coldStartMs: performance.now() - startedAt }
    }
    await sleep(10)
  }
  await stop(child)
  throw new Error(`${command} ${args.join(' ')} was not ready within ${options.timeoutMs ?? 30_000} ms; see ${options.logFile}`)
}

function answers200 (port: number, path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, timeout: 1000 }, (res) => {
      res.resume()
      resolve(res.statusCode === 200)
    })
    req.on('error', () => resolve(false))
    req.on('timeout', () => { req.destroy(); resolve(false) })
    req.end()
  })
}

/** A TCP port free on 127.0.0.1 at the time of asking. */
export function freePort (): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** A value of /proc/<pid>/status in kB (VmRSS, VmHWM), or 0 when the process is gone. */
export function procStatusKb (pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match?.[1] === undefined ? 0 : Number(match[1])
  } catch {
    return 0
  }
}

/** User + system CPU time of a process in seconds, from /proc/<pid>/stat (clock ticks at 100 Hz). */
export function cpuSeconds (pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces; fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return 0
  }
}

/** Watches a process while a load runs: the highest VmRSS seen and the CPU it used. */
export function watch (pid: number, everyMs = 100) {
  let peakKb = procStatusKb(pid, 'VmRSS')
  const cpuAtStart = cpuSeconds(pid)
  const startedAt = performance.now()
  const timer = setInterval(() => { peakKb = Math.max(peakKb, procStatusKb(pid, 'VmRSS')) }, everyMs)
  return {
    /** Peak RSS in MiB, and CPU use as a share of one core. */
    end () {
      clearInterval(timer)
      peakKb = Math.max(peakKb, procStatusKb(pid, 'VmRSS'))
      const seconds = (performance.now() - startedAt) / 1000
      return { peakRssMb: peakKb / 1024, cpu: seconds > 0 ? (cpuSeconds(pid) - cpuAtStart) / seconds : 0 }
    }
  }
}

/** Runs a command to completion, bounded in time; resolves with its stdout, rejects on failure. */
export function run (command: string, args: string[], options: { env?: NodeJS.ProcessEnv, cwd?: string, timeoutMs?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    children.add(child)
    let stdout = ''
    let stderr = ''
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk })
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000)
    child.once('error', reject)
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      children.delete(child)
      if (code === 0) resolve(stdout)
      else reject(new Error(`${command} ${args.join(' ')} failed (${code ?? signal}):\n${stderr.slice(-4000)}`))
    })
  })
}
