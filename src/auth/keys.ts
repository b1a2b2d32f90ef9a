import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import Type, { type Static } from 'typebox'
import Value from 'typebox/value'

export const SCOPES = ['read', 'write', 'admin'] as const
export type Scope = typeof SCOPES[number]

/** A key as configured: who holds it, what it may do, and only a hash of the secret. */
const StoredKeySchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  scope: Type.Enum(SCOPES),
  hash: Type.String({ pattern: '^sha256:[0-9a-f]{64}$' }),
  createdAt: Type.String()
}, { additionalProperties: false })
export type StoredKey = Static<typeof StoredKeySchema>
const KeysFileSchema = Type.Array(StoredKeySchema)

export interface ApiKey { name: string, scope: Scope }

/** Each scope includes the ones before it: admin can write, write can read. */
export function allows (held: Scope, needed: Scope): boolean {
  return SCOPES.indexOf(held) >= SCOPES.indexOf(needed)
}

/**
 * Keys are 256 random bits, so a plain SHA-256 is enough to store them safely (no password
 * stretching needed); the digest is compared in constant time.
 */
function digest (secret: string): Buffer {
  return createHash('sha256').update(secret).digest()
}

export function readKeys (file: string): StoredKey[] {
  if (file === '' || !existsSync(file)) return []
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'))
  const [error] = Value.Errors(KeysFileSchema, data)
  if (error) throw new Error(`${file}: ${error.instancePath || '/'} ${error.message}`)
  return data as StoredKey[]
}

/** The key a bearer secret belongs to, if any. Every stored hash is compared, in constant time. */
export function findKey (keys: readonly StoredKey[], secret: string): ApiKey | undefined {
  const presented = digest(secret)
  let found: ApiKey | undefined
  for (const key of keys) {
    const stored = Buffer.from(key.hash.slice('sha256:'.length), 'hex')
    if (timingSafeEqual(stored, presented) && found === undefined) found = { name: key.name, scope: key.scope }
  }
  return found
}

/** Makes a new key, stores its hash in the keys file, and returns the secret: the only time it is seen. */
export function createKey (file: string, name: string, scope: Scope): string {
  const keys = readKeys(file)
  if (keys.some((k) => k.name === name)) throw new Error(`a key named '${name}' already exists in ${file}`)
  const secret = `nea_${randomBytes(32).toString('base64url')}`
  keys.push({ name, scope, hash: `sha256:${digest(secret).toString('hex')}`, createdAt: new Date().toISOString() })
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600 })
  return secret
}
