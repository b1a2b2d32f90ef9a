import { randomBytes } from 'node:crypto'
import { fold } from './fold.js'

/** A readable, unique id for a new record: `evt_talks-in-pyongyang-3f9a1c`. */
export function newId (prefix: 'art' | 'evt' | 'par' | 'stm', label: string): string {
  const slug = fold(label).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '')
  const suffix = randomBytes(6).toString('hex')
  return `${prefix}_${slug === '' ? '' : `${slug}-`}${suffix}`
}
