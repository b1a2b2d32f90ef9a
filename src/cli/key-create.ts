// npm run key:create -- --name alice --scope write — prints a new API key once; only its hash is kept.
import { parseArgs } from 'node:util'
import { createKey, SCOPES, type Scope } from '../auth/keys.js'
import { loadConfig } from '../config.js'

const { values } = parseArgs({ options: { name: { type: 'string' }, scope: { type: 'string', default: 'write' } } })
const scope = values.scope as Scope
if (values.name === undefined || values.name.length === 0 || !SCOPES.includes(scope)) {
  console.error(`usage: npm run key:create -- --name NAME [--scope ${SCOPES.join('|')}]`)
  process.exit(2)
}
const { API_KEYS_FILE } = loadConfig()
try {
  const secret = createKey(API_KEYS_FILE, values.name, scope)
  console.error(`key '${values.name}' (${scope}) added to ${API_KEYS_FILE}; it is shown once, keep it now:`)
  console.log(secret)
} catch (err) {
  console.error((err as Error).message)
  process.exit(1)
}
