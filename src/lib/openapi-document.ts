import { fileURLToPath } from 'node:url'

/** The committed copy of the generated OpenAPI document. */
export const OPENAPI_FILE = fileURLToPath(new URL('../../openapi/openapi.json', import.meta.url))

/** The exact text of the committed file, so the drift test compares like with like. */
export function renderOpenApi (document: unknown): string {
  return JSON.stringify(document, null, 2) + '\n'
}
