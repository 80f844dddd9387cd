import { type Kysely } from 'kysely';

// Meeting across time zones: date overrides and travel zones beside the weekly windows,
// meetings with their open proposals, calendar feed tokens, reminder choices and the claims
// that make each reminder or nudge go out once. Portable types only (see decision 0002).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('availability_overrides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('available', 'integer', (c) => c.notNull())
    .addColumn('windows', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('availability_overrides_user_date_idx').on('availability_overrides').columns(['user_id', 'date']).execute();

  await db.schema
    .createTable('travel_periods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('travel_periods_user_idx').on('travel_periods').columns(['user_id', 'starts_on']).execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('url', 'text')
    .addColumn('start_at', 'text')
    .addColumn('end_at', 'text')
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('agenda', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mentee_awkwardness', 'text')
    .addColumn('mentor_awkwardness', 'text')
    .addColumn('change_reason', 'text')
    .addColumn('cancelled_by', 'text')
    .addColumn('minutes_spent', 'integer')
    .addColumn('outcome_by', 'text')
    .addColumn('outcome_at', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_partnership_start_idx').on('meetings').columns(['partnership_id', 'start_at']).execute();
  await db.schema.createIndex('meetings_status_start_idx').on('meetings').columns(['status', 'start_at']).execute();

  await db.schema
    .createTable('meeting_proposals')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_proposals_pk', ['meeting_id', 'start_at'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('notification_claims')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Minutes before a meeting to remind, as a JSON array; [] turns reminders off.
  await db.schema.alterTable('users').addColumn('meeting_reminders', 'text', (c) => c.notNull().defaultTo('[1440,60]')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('meeting_reminders').execute();
  for (const table of ['notification_claims', 'calendar_feeds', 'meeting_proposals', 'meetings', 'travel_periods', 'availability_overrides']) {
    await db.schema.dropTable(table).execute();
  }
}
