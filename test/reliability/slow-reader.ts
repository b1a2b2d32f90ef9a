// An HTTP client that reads a streamed answer only when told to: while it waits, TCP backpressure
// holds the server's response open, so the request is in flight for as long as the test needs,
// whatever the speed of the machine.
import { request, type IncomingMessage } from 'node:http'

export interface SlowReader {
  status: number
  /** Bytes received so far. */
  received: () => number
  /** Reads the rest; resolves with the whole body, rejects if the answer is cut short. */
  finish: () => Promise<Buffer>
  abort: () => void
}

/** GETs `path` and stops reading after the first chunk. */
export function startSlowRead (port: number, path: string): Promise<SlowReader> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res: IncomingMessage) => {
      const chunks: Buffer[] = []
      let bytes = 0
      let ended = false
      const done = new Promise<Buffer>((resolve, reject) => {
        res.on('end', () => { ended = true; resolve(Buffer.concat(chunks)) })
        res.on('error', reject)
        res.on('close', () => { if (!ended) reject(new Error(`the answer was cut short after ${bytes} bytes`)) })
      })
      done.catch(() => {}) // handled by whoever calls finish()
      res.on('data', (chunk: Buffer) => { chunks.push(chunk); bytes += chunk.length })
      res.once('data', () => {
        res.pause()
        resolve({ status: res.statusCode ?? 0, received: () => bytes, finish: () => { res.resume(); return done }, abort: () => req.destroy() })
      })
    })
    req.on('error', reject)
    req.end()
  })
}
