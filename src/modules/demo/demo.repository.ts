import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type {
  CyclesTable,
  Database,
  MeetingsTable,
  MembershipsTable,
  MentorshipRequestsTable,
  PartnershipsTable,
  ProgramsTable,
  SurveyAnswersTable,
  SurveyMeasure,
  SurveyQuestionKind,
  SurveyRequestsTable,
  SurveyResponsesTable,
  TimeEntriesTable,
  UsersTable,
} from '../../db/schema';

export async function programExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('programs').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function findUserIdsByEmail(db: Executor, emails: string[]): Promise<Map<string, string>> {
  const rows = emails.length ? await db.selectFrom('users').select(['id', 'email']).where('email', 'in', emails).execute() : [];
  return new Map(rows.map((r) => [r.email, r.id]));
}

/** Multi-row inserts in chunks that stay under SQLite's bound-parameter limit (999 on old builds). */
async function insertChunked<T extends keyof Database>(db: Executor, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.max(1, Math.floor(900 / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += size) {
    await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
  }
}

export const insertUsers = (db: Executor, rows: Insertable<UsersTable>[]) => insertChunked(db, 'users', rows);
export const insertMemberships = (db: Executor, rows: Insertable<MembershipsTable>[]) => insertChunked(db, 'memberships', rows);
export const insertPartnerships = (db: Executor, rows: Insertable<PartnershipsTable>[]) => insertChunked(db, 'partnerships', rows);
export const insertRequests = (db: Executor, rows: Insertable<MentorshipRequestsTable>[]) => insertChunked(db, 'mentorship_requests', rows);
export const insertMeetings = (db: Executor, rows: Insertable<MeetingsTable>[]) => insertChunked(db, 'meetings', rows);
export const insertTimeEntries = (db: Executor, rows: Insertable<TimeEntriesTable>[]) => insertChunked(db, 'time_entries', rows);

/** Survey requests, then their responses, then the answers (the foreign keys point that way). */
export async function insertSurveyRows(
  db: Executor,
  rows: { requests: Insertable<SurveyRequestsTable>[]; responses: Insertable<SurveyResponsesTable>[]; answers: Insertable<SurveyAnswersTable>[] },
): Promise<void> {
  await insertChunked(db, 'survey_requests', rows.requests);
  await insertChunked(db, 'survey_responses', rows.responses);
  await insertChunked(db, 'survey_answers', rows.answers);
}

export interface DemoSurveyQuestion {
  id: string;
  kind: SurveyQuestionKind;
  measure: SurveyMeasure | null;
  options: string[];
}

/** The program's surveys of the default set by their key, each with its questions in order. */
export async function findDefaultSurveys(db: Executor, programId: string): Promise<Map<string, { id: string; questions: DemoSurveyQuestion[] }>> {
  const rows = await db
    .selectFrom('surveys as s')
    .innerJoin('survey_questions as q', 'q.survey_id', 's.id')
    .select(['s.id as survey_id', 's.default_key', 'q.id', 'q.kind', 'q.measure', 'q.options'])
    .where('s.program_id', '=', programId)
    .where('s.default_key', 'is not', null)
    .orderBy('s.default_key')
    .orderBy('q.position')
    .execute();
  const surveys = new Map<string, { id: string; questions: DemoSurveyQuestion[] }>();
  for (const r of rows) {
    const survey = surveys.get(r.default_key!) ?? { id: r.survey_id, questions: [] };
    survey.questions.push({ id: r.id, kind: r.kind, measure: r.measure, options: JSON.parse(r.options) as string[] });
    surveys.set(r.default_key!, survey);
  }
  return surveys;
}

export async function insertProgram(db: Executor, row: Insertable<ProgramsTable>): Promise<void> {
  await db.insertInto('programs').values(row).execute();
}

export async function insertCycles(db: Executor, rows: Insertable<CyclesTable>[]): Promise<void> {
  await db.insertInto('cycles').values(rows).execute();
}
