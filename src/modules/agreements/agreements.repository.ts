import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { AgreementVersionsTable, PairSide } from '../../db/schema';

export function listVersions(db: Executor, partnershipId: string) {
  return db.selectFrom('agreement_versions').selectAll().where('partnership_id', '=', partnershipId).orderBy('version', 'desc').execute();
}
export type AgreementVersionRow = Awaited<ReturnType<typeof listVersions>>[number];

export function findCurrentVersion(db: Executor, partnershipId: string) {
  return db
    .selectFrom('agreement_versions')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertVersion(db: Executor, row: Insertable<AgreementVersionsTable>): Promise<void> {
  await db.insertInto('agreement_versions').values(row).execute();
}

/** Records one side's confirmation of a version, once; false when that side had already confirmed it. */
export async function confirmVersion(db: Executor, partnershipId: string, version: number, side: PairSide, at: string): Promise<boolean> {
  const column = side === 'mentee' ? 'mentee_confirmed_at' : 'mentor_confirmed_at';
  const r = await db
    .updateTable('agreement_versions')
    .set({ [column]: at })
    .where('partnership_id', '=', partnershipId)
    .where('version', '=', version)
    .where(column, 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
