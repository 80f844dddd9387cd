import type { Kysely } from 'kysely';

// The pair's work together: the versioned agreement, goals with milestones, action items, the
// time log and notes, how a partnership ended and each side's reflection on it.
// Portable types only (see decision 0002).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agreement_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('goals', 'text', (c) => c.notNull())
    .addColumn('meeting_frequency', 'text', (c) => c.notNull())
    .addColumn('meeting_length_minutes', 'integer', (c) => c.notNull())
    .addColumn('channels', 'text', (c) => c.notNull())
    .addColumn('confidentiality', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('mentee_confirmed_at', 'text')
    .addColumn('mentor_confirmed_at', 'text')
    .execute();
  // Two saves at once cannot both become version n + 1.
  await db.schema.createIndex('agreement_versions_partnership_version').on('agreement_versions').columns(['partnership_id', 'version']).unique().execute();

  await db.schema
    .createTable('goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by_side', 'text', (c) => c.notNull())
    .addColumn('achieved_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goals_partnership_idx').on('goals').columns(['partnership_id', 'created_at']).execute();

  await db.schema
    .createTable('goal_milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('goal_id', 'text', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goal_milestones_goal_idx').on('goal_milestones').columns(['goal_id', 'created_at']).execute();

  await db.schema
    .createTable('action_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id').onDelete('set null'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_side', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('done_at', 'text')
    .addColumn('done_by_side', 'text')
    .addColumn('created_by_side', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_items_partnership_idx').on('action_items').columns(['partnership_id', 'created_at']).execute();

  await db.schema
    .createTable('time_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('author_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('author_side', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('preparation_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('time_entries_partnership_idx').on('time_entries').columns(['partnership_id', 'occurred_on']).execute();

  await db.schema
    .createTable('partnership_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id').onDelete('cascade'))
    .addColumn('author_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('author_side', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('partnership_notes_partnership_idx').on('partnership_notes').columns(['partnership_id', 'created_at']).execute();

  await db.schema
    .createTable('partnership_reflections')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('learned', 'text', (c) => c.notNull())
    .addColumn('would_recommend', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // One reflection per side: the key settles two submissions at once.
    .addPrimaryKeyConstraint('partnership_reflections_pk', ['partnership_id', 'side'])
    .execute();

  // ended_at and end_reason exist since the matching migration; who ended it and their note are new.
  await db.schema.alterTable('partnerships').addColumn('ended_by', 'text').execute();
  await db.schema.alterTable('partnerships').addColumn('end_note', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('partnerships').dropColumn('end_note').execute();
  await db.schema.alterTable('partnerships').dropColumn('ended_by').execute();
  for (const table of ['partnership_reflections', 'partnership_notes', 'time_entries', 'action_items', 'goal_milestones', 'goals', 'agreement_versions']) {
    await db.schema.dropTable(table).execute();
  }
}
