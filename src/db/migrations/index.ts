import type { Migration } from 'kysely';
import * as foundation from './20261124-1200-foundation';
import * as matching from './20261124-1400-matching';
import * as meetings from './20261124-1600-meetings';

/** Every migration, keyed by its timestamped name. Append; never edit a landed one. */
export const migrations: Record<string, Migration> = {
  '20261124-1200-foundation': foundation,
  '20261124-1400-matching': matching,
  '20261124-1600-meetings': meetings,
};
