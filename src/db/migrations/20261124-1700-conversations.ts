import { type Kysely } from 'kysely';

// Messages (one conversation per partnership), read markers, per-thread reply tokens, the
// per-user event log behind the real-time stream, open streams (who is online), and each
// person's choice of message emails. Portable types only (see decision 0002).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('author_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('messages_partnership_created_idx').on('messages').columns(['partnership_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('conversation_reads')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('last_read_message_id', 'text')
    .addColumn('last_read_message_at', 'text')
    .addColumn('read_at', 'text')
    .addColumn('emailed_at', 'text')
    .addColumn('digested_at', 'text')
    .addPrimaryKeyConstraint('conversation_reads_pk', ['partnership_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('conversation_reply_tokens')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conversation_reply_tokens_pair_uq', ['partnership_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('stream_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stream_events_user_idx').on('stream_events').columns(['user_id', 'id']).execute();
  await db.schema.createIndex('stream_events_created_idx').on('stream_events').column('created_at').execute();

  // One row whose write lock orders appends to stream_events: ids then follow commit order.
  await db.schema
    .createTable('stream_event_lock')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('locked_at', 'text')
    .execute();
  await db.insertInto('stream_event_lock').values({ name: 'append', locked_at: null }).execute();

  await db.schema
    .createTable('stream_connections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('connected_at', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stream_connections_user_idx').on('stream_connections').columns(['user_id', 'seen_at']).execute();
  await db.schema.createIndex('stream_connections_instance_idx').on('stream_connections').column('instance_id').execute();

  // 'immediate' (when not online), 'digest' (one email each morning) or 'never'.
  await db.schema.alterTable('users').addColumn('message_emails', 'text', (c) => c.notNull().defaultTo('immediate')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('message_emails').execute();
  for (const table of ['stream_connections', 'stream_event_lock', 'stream_events', 'conversation_reply_tokens', 'conversation_reads', 'messages']) {
    await db.schema.dropTable(table).execute();
  }
}
