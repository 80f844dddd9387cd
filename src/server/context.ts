import type { Executor } from '../db/database';
import type { EventBus } from '../modules/events/events';
import type { Clock } from '../shared/clock';
import type { Config } from './config';

/** What a service needs besides the actor and its input. */
export interface ServiceContext {
  db: Executor;
  clock: Clock;
  config: Config;
  /** Real-time events: publish in the transaction that makes the change (see modules/events). */
  events: EventBus;
}
