// npm run client — writes the client's types (schema.d.ts) from the committed openapi/openapi.json.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript'

/** The committed generated types. */
export const TYPES_FILE = fileURLToPath(new URL('schema.d.ts', import.meta.url))
const DOCUMENT_FILE = fileURLToPath(new URL('../../openapi/openapi.json', import.meta.url))

/**
 * What openapi-typescript makes of the document, with its default options: the same text as
 * `npx openapi-typescript openapi/openapi.json -o clients/typescript/schema.d.ts`.
 */
export async function generateTypes (document: string = readFileSync(DOCUMENT_FILE, 'utf8')): Promise<string> {
  return COMMENT_HEADER + astToString(await openapiTS(JSON.parse(document), { silent: true }))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TYPES_FILE, await generateTypes())
  console.log(`wrote ${TYPES_FILE}`)
}
