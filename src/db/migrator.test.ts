import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, dialects } from '../../test/databases';
import { migrateDown, migrateToLatest } from './migrator';
import { migrations } from './migrations/index';

describe.each(dialects)('migrations on %s', (dialect) => {
  it('go all the way down and up again, unchanged on this dialect', async () => {
    const database = await createTestDatabase(dialect);
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    for (let i = 0; i < names.length; i++) await migrateDown(database);
    await expect(sql`select count(*) from users`.execute(database.db)).rejects.toThrow();
    expect(await migrateToLatest(database)).toEqual(names.map((n) => `Up ${n}`));
    expect(await migrateToLatest(database)).toEqual([]);
    await database.close();
  });

  it('enforce foreign keys', async () => {
    const database = await createTestDatabase(dialect);
    const now = new Date().toISOString();
    await expect(
      database.db
        .insertInto('sessions')
        .values({ id: 's', user_id: 'nobody', csrf_token: 'c', created_at: now, last_seen_at: now, expires_at: now })
        .execute(),
    ).rejects.toThrow();
    await database.close();
  });
});
