import { BODIES, bodiesQuery, type BodyKind, type CreateBody, type JsonDialect, type Selection } from '../../create-bodies.js'
import { rows, type Database } from '../connection.js'

const JSON_SQL: JsonDialect = {
  agg: (value, orderBy) => `json_group_array(${value} order by ${orderBy})`,
  object: (members) => `json_object(${Object.entries(members).map(([key, value]) => `'${key}', ${value}`).join(', ')})`
}

/** The selected records of a kind as create bodies (src/db/create-bodies.ts), in id order. */
export function bodies<T> (db: Database, kind: BodyKind<T>, selection: Selection): Array<CreateBody<T>> {
  const { text, params } = bodiesQuery(JSON_SQL, kind as BodyKind<unknown>, selection)
  return rows(db, text, params).map(kind.toBody)
}

/** One record's create body, or undefined. */
export function createBodyOf<T> (db: Database, kind: BodyKind<T>, id: string): T | undefined {
  return bodies(db, kind, { where: `${kind.alias}.id = ?`, params: [id] })[0]?.input
}

export { BODIES }
