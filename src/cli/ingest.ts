// npm run ingest -- DIR [--published YYYY-MM-DD] [--language fr|en] [--database PATH]
// Stores a folder of articles with their extracted statements and events; see src/ingest/command.ts.
import { runIngest } from '../ingest/command.js'

// The first Ctrl-C lets the current article finish and prints the summary; a second one stops at once.
const interrupt = new AbortController()
process.once('SIGINT', () => {
  process.stderr.write('\ningest: stopping after the current article (Ctrl-C again to stop at once)\n')
  interrupt.abort()
})

try {
  process.exitCode = await runIngest(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr, signal: interrupt.signal })
} catch (err) {
  console.error(`ingest: ${(err as Error).message}`)
  process.exitCode = 1
}
