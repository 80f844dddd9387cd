import type { Db } from '../db/database';
import type { EventBus } from '../modules/events/events';
import type { Clock } from '../shared/clock';
import type { Config } from './config';

/** Everything the app needs from outside, passed in so tests can build it with their own. */
export interface AppDeps {
  config: Config;
  database: Db;
  clock: Clock;
  /** The instance's event bus; buildApp starts (and closes) one of its own when not given. */
  events?: EventBus;
}
