import type { Migration } from 'kysely';
import * as foundation from './20261124-1200-foundation';
import * as matching from './20261124-1400-matching';
import * as meetings from './20261124-1600-meetings';
import * as conversations from './20261124-1700-conversations';
import * as partnershipWork from './20261124-1710-partnership-work';
import * as files from './20261124-1720-files';
import * as surveys from './20261124-1800-surveys-and-reports';

/** Every migration, keyed by its timestamped name. Append; never edit a landed one. */
export const migrations: Record<string, Migration> = {
  '20261124-1200-foundation': foundation,
  '20261124-1400-matching': matching,
  '20261124-1600-meetings': meetings,
  '20261124-1700-conversations': conversations,
  '20261124-1710-partnership-work': partnershipWork,
  '20261124-1720-files': files,
  '20261124-1800-surveys-and-reports': surveys,
};
