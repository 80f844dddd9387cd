import type { FastifyBaseLogger } from 'fastify';
import { deleteExpiredSessions } from '../modules/accounts/accounts.repository';
import type { MailTransport } from '../modules/notifications/mail-transport';
import type { EventBus } from '../modules/events/events';
import type { AppDeps } from '../server/deps';
import { pruneStreamLog } from '../modules/events/retention';
import { sendMeetingReminders } from './meeting-reminders';
import { sendMessageDigests } from './message-digests';
import { sendNudges } from './nudges';
import { deliverDueMail } from './outbox-delivery';
import { expireOverdueRequests } from './request-expiry';
import { runSurveyDispatch } from './survey-dispatch';

interface Job {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

/**
 * Runs the background jobs on timers. A job never overlaps itself; a failing
 * run is logged and tried again on the next tick.
 */
export function startJobs(deps: AppDeps & { events: EventBus }, transport: MailTransport, log: FastifyBaseLogger): { stop(): Promise<void> } {
  const db = deps.database.db;
  const ctx = { db, clock: deps.clock, config: deps.config, events: deps.events };
  const jobs: Job[] = [
    {
      name: 'mail-delivery',
      everyMs: deps.config.mailPollMs,
      run: () => deliverDueMail({ db, clock: deps.clock, transport, log }),
    },
    {
      name: 'session-cleanup',
      everyMs: 60 * 60_000,
      run: () => deleteExpiredSessions(db, deps.clock.now().toISOString()),
    },
    { name: 'request-expiry', everyMs: 60_000, run: () => expireOverdueRequests(ctx) },
    { name: 'meeting-reminders', everyMs: 60_000, run: () => sendMeetingReminders(ctx) },
    { name: 'nudges', everyMs: 10 * 60_000, run: () => sendNudges(ctx) },
    { name: 'message-digests', everyMs: 10 * 60_000, run: () => sendMessageDigests(ctx) },
    { name: 'survey-dispatch', everyMs: 5 * 60_000, run: () => runSurveyDispatch(ctx) },
    { name: 'stream-log-cleanup', everyMs: 60 * 60_000, run: () => pruneStreamLog(ctx) },
  ];
  const running = new Set<Promise<unknown>>();
  const timers = jobs.map((job) => {
    let busy = false;
    const tick = () => {
      if (busy) return;
      busy = true;
      const p = job
        .run()
        .catch((err: unknown) => log.error({ err, job: job.name }, 'job failed'))
        .finally(() => {
          busy = false;
          running.delete(p);
        });
      running.add(p);
    };
    setImmediate(tick);
    return setInterval(tick, job.everyMs);
  });
  return {
    async stop() {
      timers.forEach(clearInterval);
      await Promise.allSettled([...running]);
    },
  };
}
