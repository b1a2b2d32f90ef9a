import { BODIES, bodiesQuery, type BodyKind, type CreateBody, type JsonDialect, type Selection } from '../../create-bodies.js'
import { rows, type Queryable } from '../connection.js'

const JSON_SQL: JsonDialect = {
  agg: (value, orderBy) => `json_agg(${value} order by ${orderBy})`,
  object: (members) => `json_build_object(${Object.entries(members).map(([key, value]) => `'${key}', ${value}`).join(', ')})`
}

/** The selected records of a kind as create bodies (src/db/create-bodies.ts), in id order. */
export async function bodies<T> (db: Queryable, kind: BodyKind<T>, selection: Selection): Promise<Array<CreateBody<T>>> {
  const { text, params } = bodiesQuery(JSON_SQL, kind as BodyKind<unknown>, selection)
  return (await rows(db, text, params)).map(kind.toBody)
}

/** One record's create body, or undefined. */
export async function createBodyOf<T> (db: Queryable, kind: BodyKind<T>, id: string): Promise<T | undefined> {
  return (await bodies(db, kind, { where: `${kind.alias}.id = ?`, params: [id] }))[0]?.input
}

export { BODIES }
