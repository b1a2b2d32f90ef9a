import { and, eq, inArray, ne } from 'drizzle-orm'
import type { ParticipantInput } from '../../../entities/participants/inputs.js'
import { ConflictError, ParticipantNotFoundError } from '../../../lib/errors.js'
import { newId } from '../../../lib/ids.js'
import { checkParticipant, participantRow } from '../../inputs.js'
import type { Tx } from '../connection.js'
import { BODIES, createBodyOf } from '../reads/create-bodies.js'
import { NOW } from '../tables/columns.js'
import { eventParticipants } from '../tables/events.js'
import { participantAliases, participants } from '../tables/participants.js'
import { statementMentions, statements } from '../tables/statements.js'

export async function participantInput (tx: Tx, id: string): Promise<ParticipantInput> {
  const input = await createBodyOf(tx.client, BODIES.participant, id)
  if (input === undefined) throw new ParticipantNotFoundError(id)
  return input
}

async function wikidataOwner (tx: Tx, id: string, input: ParticipantInput): Promise<string | undefined> {
  if (input.wikidataId == null) return undefined
  const [other] = await tx.orm.select({ id: participants.id }).from(participants)
    .where(and(eq(participants.wikidataId, input.wikidataId), ne(participants.id, id)))
  return other?.id
}

const exists = async (tx: Tx, id: string) =>
  (await tx.orm.select({ id: participants.id }).from(participants).where(eq(participants.id, id))).length > 0

/** Creates the participant, or replaces all of it (PATCH merges first), aliases included. */
export async function saveParticipant (tx: Tx, input: ParticipantInput, actor: string, existingId?: string): Promise<string> {
  const id = existingId ?? input.id ?? newId('par', input.name)
  if (existingId === undefined && await exists(tx, id)) throw new ConflictError(`A participant with id '${id}' already exists`)
  checkParticipant(input, await wikidataOwner(tx, id, input))
  const row = participantRow(input, actor)
  if (existingId === undefined) await tx.orm.insert(participants).values({ id, ...row })
  else await tx.orm.update(participants).set({ ...row, updatedAt: NOW }).where(eq(participants.id, id))
  await tx.orm.delete(participantAliases).where(eq(participantAliases.participantId, id))
  if (input.aliases !== undefined && input.aliases.length > 0) {
    await tx.orm.insert(participantAliases).values(input.aliases.map((a) => ({ participantId: id, ...a })))
  }
  return id
}

/** Deletes a participant (see SQLite's writes/participants.ts): one who spoke only with `cascade`. */
export async function deleteParticipant (tx: Tx, id: string, cascade: boolean): Promise<void> {
  if (!await exists(tx, id)) throw new ParticipantNotFoundError(id)
  const said = (await tx.orm.select({ id: statements.id }).from(statements).where(eq(statements.speakerId, id))).map((s) => s.id)
  if (said.length > 0 && !cascade) {
    throw new ConflictError(`Participant '${id}' is the speaker of ${said.length} statement(s); delete with ?cascade=true to delete them too`)
  }
  if (said.length > 0) await tx.orm.delete(statements).where(inArray(statements.id, said))
  await tx.orm.delete(statementMentions).where(eq(statementMentions.participantId, id))
  await tx.orm.delete(eventParticipants).where(eq(eventParticipants.participantId, id))
  await tx.orm.delete(participants).where(eq(participants.id, id))
}
