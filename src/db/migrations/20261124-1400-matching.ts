import { sql, type Kysely } from 'kysely';

// Profiles, the topic taxonomy, requests, partnerships and cohort matching runs.
// Portable types only (text, integer, real): the same migration runs on SQLite and PostgreSQL.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('profiles')
    .addColumn('membership_id', 'text', (c) => c.primaryKey().references('memberships.id').onDelete('cascade'))
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('headline', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('city_id', 'text')
    .addColumn('city_name', 'text')
    .addColumn('country', 'text')
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('channels', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('availability', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('capacity', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pref_languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('max_zone_gap_hours', 'integer')
    .addColumn('open_to_in_person', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('accessibility_needs', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('share_accessibility', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('profiles_program_updated_idx').on('profiles').columns(['program_id', 'updated_at']).execute();
  // Matching caches key on max(updated_at) and counts per program: keep those index-only.
  await db.schema.createIndex('memberships_program_updated_idx').on('memberships').columns(['program_id', 'updated_at']).execute();

  await db.schema
    .createTable('profile_topics')
    .addColumn('membership_id', 'text', (c) => c.notNull().references('memberships.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('profile_topics_pk', ['membership_id', 'topic'])
    .execute();

  await db.schema
    .createTable('program_topics')
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('program_topics_pk', ['program_id', 'topic'])
    .execute();

  await db.schema
    .createTable('program_matching_settings')
    .addColumn('program_id', 'text', (c) => c.primaryKey().references('programs.id').onDelete('cascade'))
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('max_open_requests', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('request_expiry_days', 'integer', (c) => c.notNull().defaultTo(7))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mentor_marks')
    .addColumn('mentee_membership_id', 'text', (c) => c.notNull().references('memberships.id').onDelete('cascade'))
    .addColumn('mentor_membership_id', 'text', (c) => c.notNull().references('memberships.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentor_marks_pk', ['mentee_membership_id', 'mentor_membership_id'])
    .execute();

  await db.schema
    .createTable('mentorship_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('mentee_membership_id', 'text', (c) => c.notNull().references('memberships.id').onDelete('cascade'))
    .addColumn('mentor_membership_id', 'text', (c) => c.notNull().references('memberships.id').onDelete('cascade'))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decline_reason', 'text')
    .addColumn('decline_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema
    .createIndex('requests_mentor_status_idx')
    .on('mentorship_requests')
    .columns(['mentor_membership_id', 'status'])
    .execute();
  await db.schema
    .createIndex('requests_mentee_status_idx')
    .on('mentorship_requests')
    .columns(['mentee_membership_id', 'status'])
    .execute();
  await db.schema.createIndex('requests_status_expiry_idx').on('mentorship_requests').columns(['status', 'expires_at']).execute();

  await db.schema
    .createTable('partnerships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('mentee_membership_id', 'text', (c) => c.notNull().references('memberships.id').onDelete('cascade'))
    .addColumn('mentor_membership_id', 'text', (c) => c.notNull().references('memberships.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('distance_class', 'text', (c) => c.notNull())
    .addColumn('zone_gap_minutes', 'integer', (c) => c.notNull())
    .addColumn('overlap_minutes_per_week', 'integer', (c) => c.notNull())
    .addColumn('score', 'real')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('matching_run_id', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('end_reason', 'text')
    .execute();
  await db.schema.createIndex('partnerships_mentor_idx').on('partnerships').columns(['mentor_membership_id', 'status']).execute();
  await db.schema.createIndex('partnerships_program_idx').on('partnerships').columns(['program_id', 'status']).execute();
  await db.schema.createIndex('partnerships_program_started_idx').on('partnerships').columns(['program_id', 'started_at']).execute();
  await db.schema.createIndex('partnerships_program_ended_idx').on('partnerships').columns(['program_id', 'ended_at']).execute();
  // A mentee has at most one active partnership in a program: the database holds it even under races.
  await db.schema
    .createIndex('partnerships_one_active_per_mentee')
    .on('partnerships')
    .column('mentee_membership_id')
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute();

  await db.schema
    .createTable('matching_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('stage', 'text', (c) => c.notNull().defaultTo('queued'))
    .addColumn('total_score', 'real')
    .addColumn('matched', 'integer')
    .addColumn('proof', 'text')
    .addColumn('error', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('heartbeat_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('published_at', 'text')
    .execute();
  await db.schema.createIndex('matching_runs_program_idx').on('matching_runs').column('program_id').execute();

  await db.schema
    .createTable('matching_run_pairs')
    .addColumn('run_id', 'text', (c) => c.notNull().references('matching_runs.id').onDelete('cascade'))
    .addColumn('mentee_membership_id', 'text', (c) => c.notNull())
    .addColumn('mentor_membership_id', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('matching_run_pairs_pk', ['run_id', 'mentee_membership_id'])
    .execute();

  await db.schema
    .createTable('matching_run_unmatched')
    .addColumn('run_id', 'text', (c) => c.notNull().references('matching_runs.id').onDelete('cascade'))
    .addColumn('membership_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('matching_run_unmatched_pk', ['run_id', 'membership_id'])
    .execute();

  await db.schema
    .createTable('matching_constraints')
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('mentee_membership_id', 'text', (c) => c.notNull().references('memberships.id').onDelete('cascade'))
    .addColumn('mentor_membership_id', 'text', (c) => c.notNull().references('memberships.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('matching_constraints_pk', ['program_id', 'mentee_membership_id', 'mentor_membership_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('memberships_program_updated_idx').execute();
  for (const table of [
    'matching_constraints',
    'matching_run_unmatched',
    'matching_run_pairs',
    'matching_runs',
    'partnerships',
    'mentorship_requests',
    'mentor_marks',
    'program_matching_settings',
    'program_topics',
    'profile_topics',
    'profiles',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
