import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { ServiceContext } from '../../server/context';
import { hashPassword } from '../accounts/passwords';
import { DEMO_PASSWORD, demoAdmin, demoPeople } from './demo-people';
import * as repo from './demo.repository';

export const DEMO_PROGRAM_NAME = 'Global Engineering Mentoring (demo)';

/** Stable ids, so the demo is the same on every machine and seeding is idempotent. */
export function demoId(key: string): string {
  const h = createHash('sha256').update(`meridian-demo:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const DEMO_PROGRAM_ID = demoId('program');

const people = demoPeople();
const demoMentor = people.find((p) => p.role === 'mentor' && p.city === 'San Francisco')!;
const demoMentee = people.find((p) => p.role === 'mentee' && p.city === 'Beirut')!;

/** The documented sign-ins (README and start-up banner). */
export const DEMO_SIGN_INS = [
  { role: 'admin', name: demoAdmin.name, email: demoAdmin.email, password: DEMO_PASSWORD },
  { role: 'mentor', name: demoMentor.name, email: demoMentor.email, password: DEMO_PASSWORD },
  { role: 'mentee', name: demoMentee.name, email: demoMentee.email, password: DEMO_PASSWORD },
];

/**
 * Creates the demo program with its admin, 40 mentors and 60 mentees in one
 * transaction. Returns false when it already exists. People who already have
 * an account (same email) are enrolled as they are.
 */
export async function seedDemoProgram(ctx: ServiceContext): Promise<boolean> {
  if (await repo.programExists(ctx.db, DEMO_PROGRAM_ID)) return false;
  const now = ctx.clock.now().toISOString();
  // Everyone shares one password, so hash it once instead of a hundred times.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const everyone = [{ ...demoAdmin, role: 'admin' as const }, ...people];
  const today = DateTime.fromJSDate(ctx.clock.now(), { zone: 'UTC' }).startOf('day');
  const day = (offset: number) => today.plus({ days: offset }).toISODate()!;

  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findUserIdsByEmail(trx, everyone.map((p) => p.email));
    await repo.insertUsers(
      trx,
      everyone
        .filter((p) => !existing.has(p.email))
        .map((p) => ({
          id: demoId(`user:${p.key}`),
          email: p.email,
          name: p.name,
          password_hash: passwordHash,
          time_zone: p.timeZone,
          locale: 'en',
          a11y_screen_reader: p === demoMentee ? 1 : 0,
          a11y_reduced_motion: 0,
          a11y_captions: 0,
          prefers_async: 0,
          created_at: now,
          updated_at: now,
        })),
    );
    const userId = (p: { key: string; email: string }) => existing.get(p.email) ?? demoId(`user:${p.key}`);
    await repo.insertProgram(trx, {
      id: DEMO_PROGRAM_ID,
      name: DEMO_PROGRAM_NAME,
      description:
        'A global engineering mentoring program: mentors and mentees in fourteen cities from San Francisco to Sydney. ' +
        'Most pairs work at a distance, across time zones. This demo program is here to explore: sign in as its admin, a mentor or a mentee.',
      created_by: userId(demoAdmin),
      created_at: now,
      updated_at: now,
    });
    await repo.insertCycles(trx, [
      {
        id: demoId('cycle:current'),
        program_id: DEMO_PROGRAM_ID,
        name: 'Cycle 1',
        enrolment_opens_on: day(-21),
        matching_starts_on: day(-7),
        mentoring_starts_on: day(7),
        closes_on: day(7 + 26 * 7),
        created_at: now,
      },
    ]);
    await repo.insertMemberships(
      trx,
      everyone.map((p) => ({
        id: demoId(`membership:${p.key}`),
        program_id: DEMO_PROGRAM_ID,
        user_id: userId(p),
        role: p.role,
        status: 'active' as const,
        created_at: now,
        updated_at: now,
      })),
    );
  });
  return true;
}
