import { extractStatements } from './extract.js'
import type { ExtractionInput } from './types.js'

/**
 * Bytes of body text (UTF-8) extracted per second on this thread, running the inputs in a loop for
 * at least `seconds` after one warm-up pass.
 */
export function measureThroughput (inputs: readonly ExtractionInput[], seconds = 1): number {
  if (inputs.length === 0) throw new Error('measureThroughput needs at least one input')
  const bytesPerPass = inputs.reduce((n, input) => n + Buffer.byteLength(input.body, 'utf8'), 0)
  for (const input of inputs) extractStatements(input)
  const started = process.hrtime.bigint()
  let bytes = 0
  let elapsed = 0
  while (elapsed < seconds) {
    for (const input of inputs) extractStatements(input)
    bytes += bytesPerPass
    elapsed = Number(process.hrtime.bigint() - started) / 1e9
  }
  return bytes / elapsed
}
