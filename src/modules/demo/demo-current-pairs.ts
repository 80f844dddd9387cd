import type { Executor } from '../../db/database';
import { demoMeetingRow, firstTime } from './demo-meetings';
import { demoPairOf, partnershipRow, type DemoCast } from './demo-cast';
import { demoRandom } from './demo-random';
import { moodOf, type DemoAsk, type DemoSurveyRows } from './demo-surveys';
import * as repo from './demo.repository';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A current pair that met once and then went quiet: the report's stalled list has someone to nudge. */
export const STALLED_PAIR = { mentee: 'mentee-4', mentor: 'mentor-5' } as const;

type CurrentPair = DemoCast['current'][number];

/**
 * The current cycle's surveys and one more pair. Every current pair was asked the fit check after
 * its first meeting and the four-week check-in; the demo mentee (whose first meeting was moved,
 * so it was two weeks ago) has not answered theirs yet, so the home page shows them. The stalled
 * pair started six weeks ago, met once and has been quiet since.
 */
export async function seedCurrentPairs(trx: Executor, cast: DemoCast, surveys: DemoSurveyRows): Promise<void> {
  const now = cast.now.getTime();
  const today = Math.floor(now / DAY) * DAY;
  const rng = demoRandom('current-pairs');

  const startedAt = today - 46 * DAY + 10 * HOUR;
  const row = partnershipRow(cast, { id: cast.demoId('partnership:stalled'), menteeKey: STALLED_PAIR.mentee, mentorKey: STALLED_PAIR.mentor, startedAt, requestId: null });
  await repo.insertPartnerships(trx, [row]);
  const pair = demoPairOf(cast, 'stalled', row.id, STALLED_PAIR.mentee, STALLED_PAIR.mentor);
  // Searched from 45 days back, so it was held 38 to 45 days ago, whatever weekday today is.
  const held = firstTime(pair, today - 45 * DAY)!;
  const agenda = 'Getting to know each other; goals for the cycle.';
  await repo.insertMeetings(trx, [demoMeetingRow(pair, cast.config, { id: cast.demoId('meeting:stalled:first'), status: 'held', channel: 'video', start: held, agenda, minutesSpent: 45 }, cast.now)]);

  const pairs: CurrentPair[] = [
    ...cast.current,
    { key: 'stalled', partnershipId: row.id, menteeKey: STALLED_PAIR.mentee, mentorKey: STALLED_PAIR.mentor, startedAt, distanceClass: row.distance_class, firstHeld: held },
  ];
  for (const p of pairs) {
    const isDemoMentee = p.menteeKey === cast.demoMenteeKey;
    for (const side of ['mentee', 'mentor'] as const) {
      // The demo mentee's requests wait for them; the stalled pair let the check-in lie.
      const waiting = (isDemoMentee && side === 'mentee') || (p.key === 'stalled' && rng.chance(0.8));
      const ask = (survey: DemoAsk['survey'], occasion: string, sentAt: number, answered: boolean) =>
        surveys.ask(
          {
            survey,
            partnershipId: p.partnershipId,
            userId: cast.owners.get(side === 'mentee' ? p.menteeKey : p.mentorKey)!,
            side,
            occasion,
            sentAt,
            answeredAt: answered ? Math.min(now - HOUR, sentAt + rng.int(3, 60) * HOUR) : null,
            mood: moodOf(rng, 4, p.distanceClass),
          },
          rng,
        );
      if (p.firstHeld !== null) ask('fit-check', 'first-meeting', p.firstHeld + 3 * HOUR, !(isDemoMentee && side === 'mentee'));
      const week4 = p.startedAt + 28 * DAY;
      if (week4 < now) ask('check-in', 'week-4', week4, !waiting && rng.chance(0.6));
    }
  }
}
