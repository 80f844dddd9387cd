import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { PartnershipNudgesTable } from '../../db/schema';
import { pairPeopleColumns, pairQuery } from '../partnerships/pair.repository';

/** A partnership of this program with both people, as the nudge email needs them. */
export function findPairOfProgram(db: Executor, programId: string, partnershipId: string) {
  return pairQuery(db)
    .select(['x.id', 'x.status', 'x.program_id', ...pairPeopleColumns])
    .where('x.id', '=', partnershipId)
    .where('x.program_id', '=', programId)
    .executeTakeFirst();
}

export type NudgedPairRow = NonNullable<Awaited<ReturnType<typeof findPairOfProgram>>>;

/** When an admin last nudged the pair, if ever. */
export async function findLastNudgeAt(db: Executor, partnershipId: string): Promise<string | null> {
  const row = await db
    .selectFrom('partnership_nudges')
    .select((eb) => eb.fn.max('sent_at').as('at'))
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirst();
  return row?.at ?? null;
}

export async function insertNudge(db: Executor, row: Insertable<PartnershipNudgesTable>): Promise<void> {
  await db.insertInto('partnership_nudges').values(row).execute();
}
