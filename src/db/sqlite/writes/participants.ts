import { and, eq, inArray, ne } from 'drizzle-orm'
import type { ParticipantInput } from '../../../entities/participants/inputs.js'
import { ConflictError, ParticipantNotFoundError } from '../../../lib/errors.js'
import { newId } from '../../../lib/ids.js'
import { checkParticipant, participantRow } from '../../inputs.js'
import type { Database } from '../connection.js'
import { NOW } from '../tables/columns.js'
import { eventParticipants } from '../tables/events.js'
import { participantAliases, participants } from '../tables/participants.js'
import { statementMentions, statements } from '../tables/statements.js'
import { BODIES, createBodyOf } from '../reads/create-bodies.js'

export function participantInput (db: Database, id: string): ParticipantInput {
  const input = createBodyOf(db, BODIES.participant, id)
  if (input === undefined) throw new ParticipantNotFoundError(id)
  return input
}

function wikidataOwner (db: Database, id: string, input: ParticipantInput): string | undefined {
  if (input.wikidataId == null) return undefined
  return db.select({ id: participants.id }).from(participants)
    .where(and(eq(participants.wikidataId, input.wikidataId), ne(participants.id, id))).get()?.id
}

/** Creates the participant, or replaces all of it (PATCH merges first), aliases included. */
export function saveParticipant (db: Database, input: ParticipantInput, actor: string, existingId?: string): string {
  const id = existingId ?? input.id ?? newId('par', input.name)
  if (existingId === undefined && db.select({ id: participants.id }).from(participants).where(eq(participants.id, id)).get() !== undefined) {
    throw new ConflictError(`A participant with id '${id}' already exists`)
  }
  checkParticipant(input, wikidataOwner(db, id, input))
  const row = participantRow(input, actor)
  if (existingId === undefined) db.insert(participants).values({ id, ...row }).run()
  else db.update(participants).set({ ...row, updatedAt: NOW }).where(eq(participants.id, id)).run()
  db.delete(participantAliases).where(eq(participantAliases.participantId, id)).run()
  if (input.aliases !== undefined && input.aliases.length > 0) {
    db.insert(participantAliases).values(input.aliases.map((a) => ({ participantId: id, ...a }))).run()
  }
  return id
}

/**
 * Deletes a participant, with their aliases, their places in events and the mentions of them. One
 * who spoke is kept (409) unless `cascade`, which deletes what they said too.
 */
export function deleteParticipant (db: Database, id: string, cascade: boolean): void {
  if (db.select({ id: participants.id }).from(participants).where(eq(participants.id, id)).get() === undefined) {
    throw new ParticipantNotFoundError(id)
  }
  const said = db.select({ id: statements.id }).from(statements).where(eq(statements.speakerId, id)).all().map((s) => s.id)
  if (said.length > 0 && !cascade) {
    throw new ConflictError(`Participant '${id}' is the speaker of ${said.length} statement(s); delete with ?cascade=true to delete them too`)
  }
  if (said.length > 0) db.delete(statements).where(inArray(statements.id, said)).run()
  db.delete(statementMentions).where(eq(statementMentions.participantId, id)).run()
  db.delete(eventParticipants).where(eq(eventParticipants.participantId, id)).run()
  db.delete(participants).where(eq(participants.id, id)).run()
}
