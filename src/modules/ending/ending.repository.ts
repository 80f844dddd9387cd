import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { PairSide, PartnershipReflectionsTable, PartnershipStatus } from '../../db/schema';
import type { EndReason } from '../partnerships/partnerships.schemas';

/** Ends an active partnership; false when it had already ended (two ends at once: one wins). */
export async function endPartnershipIf(
  db: Executor,
  id: string,
  end: { status: Exclude<PartnershipStatus, 'active'>; reason: EndReason; note: string; by: PairSide; at: string },
): Promise<boolean> {
  const r = await db
    .updateTable('partnerships')
    .set({ status: end.status, end_reason: end.reason, end_note: end.note, ended_by: end.by, ended_at: end.at })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export function listReflections(db: Executor, partnershipId: string) {
  return db.selectFrom('partnership_reflections').selectAll().where('partnership_id', '=', partnershipId).execute();
}
export type ReflectionRow = Awaited<ReturnType<typeof listReflections>>[number];

export async function insertReflection(db: Executor, row: Insertable<PartnershipReflectionsTable>): Promise<void> {
  await db.insertInto('partnership_reflections').values(row).execute();
}
