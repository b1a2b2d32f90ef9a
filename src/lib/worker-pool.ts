import { Worker } from 'node:worker_threads'
import { InvalidParameterError, ReadTimeoutError, ShuttingDownError, UnprocessableError, type FieldError } from './errors.js'

/** An error as it crosses from a worker: structured cloning keeps an Error's message, not its class or properties. */
export interface PlainError { message: string, stack?: string, properties: Record<string, unknown> }

export function plainError (err: unknown): PlainError {
  const error = err instanceof Error ? err : new Error(String(err))
  let properties: Record<string, unknown> = {}
  try {
    properties = JSON.parse(JSON.stringify({ ...error })) as Record<string, unknown>
  } catch {}
  return { message: error.message, stack: error.stack, properties }
}

/** The error again, of the class the error handler recognises where it needs to (the 400s and 422s that name fields). */
function revived ({ message, stack, properties: p }: PlainError): Error {
  const error = p.code === 'NEWS_INVALID_PARAMETER' && typeof p.location === 'string'
    ? new InvalidParameterError(p.location as InvalidParameterError['location'], String(p.parameter), String(p.reason))
    : p.code === 'NEWS_UNPROCESSABLE' && Array.isArray(p.errors)
      ? new UnprocessableError(p.errors as FieldError[])
      : Object.assign(new Error(message), p)
  if (stack !== undefined) error.stack = stack
  return error
}

export type Answer = { ready: true } | { result: unknown } | { error: PlainError }

/** Verbs a worker serves: each takes plain (structured-cloneable) arguments and answers a Promise. */
export type Verbs<V> = { [K in keyof V]: (...args: never[]) => Promise<unknown> }

interface Task {
  /** Its number, never 0: what the pool writes into its worker's `stop` to stop it. */
  id: number
  verb: string
  args: unknown[]
  resolve: (result: unknown) => void
  reject: (err: Error) => void
  timer?: NodeJS.Timeout
  /** Answered already (past its deadline): whatever its worker says of it later is dropped. */
  settled?: boolean
}

/**
 * What a worker is started with, beside the pool's own `workerData`: where the pool writes the
 * number of a task past its deadline. A worker that can stop its work midway (a read that checks it
 * on each row, db/sqlite/read-budget.ts `stoppable`) reads it; the task it runs has its number in
 * each message (worker-thread.ts `serveVerbs`).
 */
export interface Stop { stop: Int32Array }

/**
 * A thread running `module`: a .js module once built; a .ts one when run from source, where a worker
 * thread does not inherit tsx's module hooks (Node 20) and registers them itself first.
 */
function startWorker (module: URL, workerData: unknown): Worker {
  return module.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(module.href)}) })`, { eval: true, workerData })
    : new Worker(module, { workerData })
}

/** How long closing waits for the workers to end when tasks have no deadline. */
const CLOSE_DEADLINE_MS = 5000

/** How long a task past its deadline may take to stop before its worker is replaced. */
export const STOP_GRACE_MS = 1000

export interface WorkerPoolOptions {
  /** The worker's module: it serves its verbs with worker-thread.ts `serveVerbs`. */
  module: URL
  /** What each worker is started with (a database path, say). */
  workerData?: unknown
  /** Worker threads, started with the pool (and again when one is stopped). */
  size: number
  /** A task that runs longer is answered with a ReadTimeoutError (a 503) and stopped; none, no limit. */
  timeoutMs?: number
}

/**
 * Worker threads that run a module's verbs off the event loop, one at a time each, started with
 * the pool. A task's deadline runs from the moment a ready worker takes it. A task past it is
 * answered with a ReadTimeoutError at once and stopped: synchronous work (a better-sqlite3 query)
 * cannot be interrupted, but the pool writes the task's number into memory shared with its worker
 * (`Stop`), which a check inside the work reads and throws on, so the worker is free for the next
 * task. A task that no check reaches (JavaScript work, a step SQLite takes before its first row)
 * and that has not stopped within STOP_GRACE_MS has its worker terminated (the thread ends once the
 * synchronous work returns) and a fresh one takes its place.
 */
export class WorkerPool<V extends Verbs<V>> {
  private readonly workers = new Set<Worker>()
  private readonly ready = new Set<Worker>()
  private readonly idle: Worker[] = []
  private readonly running = new Map<Worker, Task>()
  private readonly queue: Task[] = []
  private readonly ending = new Set<Promise<unknown>>()
  /** Workers not ready yet, and what their start-up settles. */
  private readonly starting = new Map<Worker, { started: Promise<void>, resolve: () => void, reject: (err: Error) => void }>()
  /** Each worker's Stop. */
  private readonly stops = new Map<Worker, Int32Array>()
  private lastTask = 0
  private closed = false

  constructor (private readonly options: WorkerPoolOptions) {
    for (let i = 0; i < options.size; i++) this.start()
  }

  /** Resolves once every worker has opened its connection; rejects if one could not. */
  async whenReady (): Promise<void> {
    await Promise.all([...this.starting.values()].map(({ started }) => started))
  }

  /** Runs a verb in a worker; rejects with ReadTimeoutError when it runs past the deadline. */
  run<K extends keyof V & string> (verb: K, args: Parameters<V[K]>): ReturnType<V[K]> {
    return new Promise<unknown>((resolve, reject) => {
      if (this.closed) return reject(new ShuttingDownError())
      this.lastTask = this.lastTask % 0x7fffffff + 1
      this.queue.push({ id: this.lastTask, verb, args, resolve, reject })
      this.dispatch()
    }) as ReturnType<V[K]>
  }

  /**
   * Lets the running tasks end, then ends every worker (each closes what it opened). A worker that
   * has not ended by the deadline (a task that never answers, a thread that does not exit) is
   * terminated: closing must never wait forever.
   */
  async close (): Promise<void> {
    this.closed = true
    this.failQueued(new ShuttingDownError())
    for (const worker of this.workers) {
      this.ending.add(new Promise((resolve) => worker.once('exit', resolve)))
      worker.postMessage(null)
    }
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise((resolve) => { timer = setTimeout(resolve, this.options.timeoutMs ?? CLOSE_DEADLINE_MS) })
    await Promise.race([Promise.all(this.ending), deadline])
    clearTimeout(timer)
    await Promise.all([...this.workers].map(async (worker) => await worker.terminate()))
  }

  private dispatch (): void {
    for (let worker = this.idle.pop(); worker !== undefined; worker = this.idle.pop()) {
      const task = this.queue.shift()
      if (task === undefined) {
        this.idle.push(worker)
        return
      }
      const { timeoutMs } = this.options
      if (timeoutMs !== undefined) task.timer = setTimeout(() => this.expire(worker as Worker, task, timeoutMs), timeoutMs)
      this.running.set(worker, task)
      worker.ref()
      worker.postMessage({ id: task.id, verb: task.verb, args: task.args })
    }
    const starting = this.workers.size - this.ready.size
    if (this.queue.length > starting && this.workers.size < this.options.size) this.start()
  }

  private start (): void {
    const stop = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT))
    const worker = startWorker(this.options.module, { ...this.options.workerData as object, stop } satisfies Stop)
    this.workers.add(worker)
    this.stops.set(worker, stop)
    let settle = { resolve: () => {}, reject: (_err: Error) => {} }
    const started = new Promise<void>((resolve, reject) => { settle = { resolve, reject } })
    started.catch(() => {}) // whoever awaits whenReady() hears of it; nobody else need
    this.starting.set(worker, { started, ...settle })
    worker.on('message', (answer: Answer) => {
      if ('ready' in answer) {
        this.ready.add(worker)
        this.starting.get(worker)?.resolve()
        this.starting.delete(worker)
      } else {
        const task = this.running.get(worker)
        if (task === undefined) return
        this.running.delete(worker)
        if ('error' in answer) this.settle(task, revived(answer.error))
        else this.settle(task, undefined, answer.result)
      }
      // An idle worker never keeps the process alive; one that runs a task, or is starting, does.
      worker.unref()
      this.idle.push(worker)
      this.dispatch()
    })
    worker.on('error', (err) => this.retire(worker, err))
    worker.on('exit', () => this.retire(worker, new Error('a worker stopped')))
  }

  /** A task past its deadline: answered at once, and stopped; its worker is replaced if it does not stop. */
  private expire (worker: Worker, task: Task, timeoutMs: number): void {
    if (this.running.get(worker) !== task) return
    this.settle(task, new ReadTimeoutError(timeoutMs))
    Atomics.store(this.stops.get(worker) as Int32Array, 0, task.id)
    task.timer = setTimeout(() => this.replace(worker, task), STOP_GRACE_MS)
  }

  /** A worker that did not stop its task: terminated, and the next task starts another. */
  private replace (worker: Worker, task: Task): void {
    if (this.running.get(worker) !== task) return
    this.retire(worker, new Error('a worker did not stop its task'))
    const ended: Promise<unknown> = worker.terminate().finally(() => this.ending.delete(ended))
    this.ending.add(ended)
  }

  /**
   * A worker leaves the pool (stopped, crashed or exited): its task fails, and the others go on.
   * One that fails before it is ready (its database cannot be opened) fails the waiting tasks too.
   */
  private retire (worker: Worker, err: Error): void {
    if (!this.workers.delete(worker)) return
    this.stops.delete(worker)
    const wasReady = this.ready.delete(worker)
    this.starting.get(worker)?.reject(err)
    this.starting.delete(worker)
    const at = this.idle.indexOf(worker)
    if (at !== -1) this.idle.splice(at, 1)
    const task = this.running.get(worker)
    this.running.delete(worker)
    if (task !== undefined) this.settle(task, err)
    if (!wasReady) this.failQueued(err)
    if (this.closed) return
    // A ready worker that was stopped or crashed is replaced at once; one that could not start is not
    // (the next task starts another, rather than a loop of starts that fail alike).
    if (wasReady) this.start()
    this.dispatch()
  }

  private failQueued (err: Error): void {
    for (const task of this.queue.splice(0)) this.settle(task, err)
  }

  private settle (task: Task, err: Error | undefined, result?: unknown): void {
    clearTimeout(task.timer)
    if (task.settled === true) return
    task.settled = true
    if (err === undefined) task.resolve(result)
    else task.reject(err)
  }
}
