import type { Kysely } from 'kysely';

// Files the pair shares or attaches to messages. The bytes live in file storage (local disk or
// S3-compatible) under storage_key; this row says whose they are and who may read them.
// message_id has no foreign key: attachments are linked by the conversations module, whose
// table may be dropped and rebuilt independently. Portable types only (decision 0002).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('uploader_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('uploader_side', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('attachment', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('message_id', 'text')
    .addColumn('shared_with_program', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('files_partnership_idx').on('files').columns(['partnership_id', 'created_at']).execute();
  await db.schema.createIndex('files_message_idx').on('files').column('message_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('files').execute();
}
