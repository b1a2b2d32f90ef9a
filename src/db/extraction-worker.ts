// An extraction worker (extraction-pool.ts): the extractors on an article, given the participants
// the engine read for it, in a thread of its own (the gazetteer loaded here, not on the event loop).
// CPU only: no connection. `null` ends the thread.
import { serveVerbs } from '../lib/worker-thread.js'
import { extractFindings, type ExtractionVerbs } from './event-extraction.js'

serveVerbs<ExtractionVerbs>({
  extractFindings: async (article, language, participants) => extractFindings(article, language, participants)
})
