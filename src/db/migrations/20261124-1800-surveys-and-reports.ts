import type { Kysely } from 'kysely';

// Surveys (definitions, questions, who was asked on which occasion, answers) and admins'
// nudges to stalled pairs, plus the indexes the program report's aggregate queries use.
// Portable types only (decision 0002).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('every_weeks', 'integer')
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('default_key', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('surveys_program_idx').on('surveys').columns(['program_id', 'trigger']).execute();

  await db.schema
    .createTable('survey_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('measure', 'text')
    .execute();
  await db.schema.createIndex('survey_questions_survey_idx').on('survey_questions').columns(['survey_id', 'position']).execute();

  await db.schema
    .createTable('survey_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('occasion', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('reminders_sent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_reminded_at', 'text')
    .addColumn('answered_at', 'text')
    .addUniqueConstraint('survey_requests_once', ['survey_id', 'partnership_id', 'user_id', 'occasion'])
    .execute();
  await db.schema.createIndex('survey_requests_user_idx').on('survey_requests').columns(['user_id', 'answered_at', 'closes_at']).execute();
  await db.schema.createIndex('survey_requests_program_idx').on('survey_requests').columns(['program_id', 'sent_at']).execute();
  await db.schema.createIndex('survey_requests_open_idx').on('survey_requests').columns(['answered_at', 'closes_at', 'last_reminded_at']).execute();

  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().unique().references('survey_requests.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('good_fit', 'integer')
    .addColumn('rematch_offered_at', 'text')
    .execute();
  await db.schema.createIndex('survey_responses_program_idx').on('survey_responses').columns(['program_id', 'submitted_at']).execute();
  await db.schema.createIndex('survey_responses_survey_idx').on('survey_responses').columns(['survey_id', 'submitted_at']).execute();
  await db.schema.createIndex('survey_responses_partnership_idx').on('survey_responses').column('partnership_id').execute();

  await db.schema
    .createTable('survey_answers')
    .addColumn('response_id', 'text', (c) => c.notNull().references('survey_responses.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull().references('survey_questions.id').onDelete('cascade'))
    .addColumn('value_number', 'real')
    .addColumn('value_text', 'text')
    .addColumn('value_choices', 'text')
    .addPrimaryKeyConstraint('survey_answers_pk', ['response_id', 'question_id'])
    .execute();
  await db.schema.createIndex('survey_answers_question_idx').on('survey_answers').column('question_id').execute();

  await db.schema
    .createTable('partnership_nudges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('sent_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('partnership_nudges_partnership_idx').on('partnership_nudges').columns(['partnership_id', 'sent_at']).execute();

  // The report sums each pair's held meetings and logged time in a range and finds its last contact.
  // Both indexes cover those queries (no table reads), and keep rows in pair order, so grouping per
  // pair needs no sort; a pair's first or last held meeting (surveys, stalled pairs) is one probe.
  await db.schema
    .createIndex('meetings_partnership_held_idx')
    .on('meetings')
    .columns(['partnership_id', 'status', 'start_at', 'minutes_spent', 'duration_minutes'])
    .execute();
  await db.schema
    .createIndex('time_entries_partnership_kind_idx')
    .on('time_entries')
    .columns(['partnership_id', 'kind', 'occurred_on', 'author_side', 'minutes', 'preparation_minutes'])
    .execute();
  // Time to match: a mentee's partnerships.
  await db.schema.createIndex('partnerships_mentee_started_idx').on('partnerships').columns(['mentee_membership_id', 'started_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['partnerships_mentee_started_idx', 'time_entries_partnership_kind_idx', 'meetings_partnership_held_idx']) {
    await db.schema.dropIndex(index).execute();
  }
  for (const table of ['partnership_nudges', 'survey_answers', 'survey_responses', 'survey_requests', 'survey_questions', 'surveys']) {
    await db.schema.dropTable(table).execute();
  }
}
