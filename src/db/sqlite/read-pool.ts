import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { InvalidParameterError, ReadTimeoutError, UnprocessableError, type FieldError } from '../../lib/errors.js'
import type { PageVerb, ReadVerbs } from './read-verbs.js'

export interface ReadPoolOptions {
  /** The database file (a worker opens it read-only: WAL lets it read beside the writer). */
  path: string
  /** Worker threads at most, each started when first needed. */
  size: number
  /** A read not answered this long after it was asked is abandoned: a 503, and its worker is replaced. */
  timeoutMs: number
}

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

export type Answer = { result: unknown } | { error: PlainError }

interface Task {
  verb: PageVerb
  args: unknown[]
  resolve: (result: unknown) => void
  reject: (err: Error) => void
  timer: NodeJS.Timeout
}

// The worker's module beside this one: .js once built; .ts when run from source, where a worker
// thread does not inherit tsx's module hooks (Node 20) and registers them itself first.
const WORKER_MODULE = new URL(`./read-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url)
const fromSource = WORKER_MODULE.pathname.endsWith('.ts')
const startWorker = (workerData: unknown) => fromSource
  ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_MODULE.href)}) })`, { eval: true, workerData })
  : new Worker(WORKER_MODULE, { workerData })

/**
 * Worker threads, each with its own read-only connection, that run the storage's page verbs off
 * the event loop. better-sqlite3 is synchronous and cannot interrupt a query: a read that outlives
 * its deadline is answered with a ReadTimeoutError and its worker terminated (the thread ends once
 * SQLite returns from the statement it is in) while a fresh one takes its place.
 */
export class ReadPool {
  private readonly workers = new Set<Worker>()
  private readonly idle: Worker[] = []
  private readonly running = new Map<Worker, Task>()
  private readonly queue: Task[] = []
  private readonly ending = new Set<Promise<unknown>>()
  private closed = false

  constructor (private readonly options: ReadPoolOptions) {}

  /** Runs a verb in a worker; rejects with ReadTimeoutError when it is not answered within the deadline. */
  run<V extends PageVerb> (verb: V, args: Parameters<ReadVerbs[V]>): ReturnType<ReadVerbs[V]> {
    return new Promise<unknown>((resolve, reject) => {
      if (this.closed) return reject(new Error('the storage is closed'))
      const task: Task = { verb, args, resolve, reject, timer: setTimeout(() => this.expire(task), this.options.timeoutMs) }
      this.queue.push(task)
      this.dispatch()
    }) as ReturnType<ReadVerbs[V]>
  }

  /** Lets the running reads end, then closes every worker's connection. */
  async close (): Promise<void> {
    this.closed = true
    for (const task of this.queue.splice(0)) this.settle(task, new Error('the storage is closed'))
    for (const worker of this.workers) {
      this.ending.add(new Promise((resolve) => worker.once('exit', resolve)))
      worker.postMessage(null)
    }
    await Promise.all(this.ending)
  }

  private dispatch (): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers.size < this.options.size ? this.start() : undefined)
      if (worker === undefined) return
      const task = this.queue.shift() as Task
      this.running.set(worker, task)
      worker.postMessage({ verb: task.verb, args: task.args })
    }
  }

  private start (): Worker {
    const worker = startWorker({ path: this.options.path })
    this.workers.add(worker)
    worker.on('message', (answer: Answer) => {
      const task = this.running.get(worker)
      if (task === undefined) return
      this.running.delete(worker)
      this.idle.push(worker)
      if ('error' in answer) this.settle(task, revived(answer.error))
      else this.settle(task, undefined, answer.result)
      this.dispatch()
    })
    worker.on('error', (err) => this.retire(worker, err))
    worker.on('exit', () => this.retire(worker, new Error('a read worker stopped')))
    return worker
  }

  /** A read past its deadline: dropped from the queue, or its worker stopped. */
  private expire (task: Task): void {
    const timeout = new ReadTimeoutError(this.options.timeoutMs)
    const queued = this.queue.indexOf(task)
    if (queued !== -1) {
      this.queue.splice(queued, 1)
      return this.settle(task, timeout)
    }
    const worker = [...this.running].find(([, running]) => running === task)?.[0]
    if (worker === undefined) return
    this.retire(worker, timeout)
    const ended: Promise<unknown> = worker.terminate().finally(() => this.ending.delete(ended))
    this.ending.add(ended)
  }

  /** A worker leaves the pool (stopped, crashed or exited): its read fails, and the queue goes on with the others. */
  private retire (worker: Worker, err: Error): void {
    if (!this.workers.delete(worker)) return
    const at = this.idle.indexOf(worker)
    if (at !== -1) this.idle.splice(at, 1)
    const task = this.running.get(worker)
    this.running.delete(worker)
    if (task !== undefined) this.settle(task, err)
    if (!this.closed) this.dispatch()
  }

  private settle (task: Task, err: Error | undefined, result?: unknown): void {
    clearTimeout(task.timer)
    if (err === undefined) task.resolve(result)
    else task.reject(err)
  }
}
