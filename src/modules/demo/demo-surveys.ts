import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { DistanceClass, PairSide, SurveyAnswersTable, SurveyRequestsTable, SurveyResponsesTable } from '../../db/schema';
import { createDefaultSurveys, type DefaultSurveyKey } from '../surveys/default-surveys';
import type { DemoRandom } from './demo-random';
import * as repo from './demo.repository';

const HOUR = 3_600_000;
/** A request closes this long after it is sent (decision 0013). */
const OPEN_MS = 21 * 24 * HOUR;

/** How one person feels about their partnership when they answer. */
export interface DemoMood {
  /** 1–5. */
  satisfaction: number;
  /** 0–10. */
  recommend: number;
  goodFit: boolean;
  distanceClass: DistanceClass;
}

/** One person asked one survey about one partnership on one occasion. */
export interface DemoAsk {
  survey: DefaultSurveyKey;
  partnershipId: string;
  userId: string;
  side: PairSide;
  occasion: string;
  /** Epoch ms. */
  sentAt: number;
  /** Epoch ms, or null: never answered (or not yet, while open). */
  answeredAt: number | null;
  mood: DemoMood;
}

const texts: Record<DefaultSurveyKey, string[]> = {
  'fit-check': [
    'Great first call: we already have a plan for the next month.',
    'We agreed to meet every two weeks and to keep notes in Meridian.',
    'The time difference was easy once we found our slot.',
  ],
  'check-in': [
    'We moved our calls to early mornings; it works well for both of us.',
    'A busy month at work, but we kept in touch by chat.',
    'Could the program share a template for writing goals?',
  ],
  'partnership-end': [
    'More structure in the first month would help.',
    'Nothing: it worked well for us.',
    'Suggest a fixed meeting slot across time zones from day one.',
    'Match people with some overlap in working hours when possible.',
  ],
  'cycle-end': [
    'Run a kick-off call for each cohort.',
    'Send a reminder a day before each check-in.',
    'Six months felt right; keep the cycle this length.',
    'A mid-cycle event for all pairs would be nice.',
  ],
};
const notAFitText = 'We want different things from the partnership; I would like a mentor with more mobile experience.';

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** How sure the demo is of itself: the mood of a pair with a base rating of 3–5, varied per answer. */
export function moodOf(rng: DemoRandom, base: number, distanceClass: DistanceClass, goodFit = true): DemoMood {
  const satisfaction = clamp(base + rng.pick([-1, 0, 0, 0, 1]), 3, 5);
  return { satisfaction, recommend: clamp(satisfaction * 2 + rng.int(-1, 1), 6, 10), goodFit, distanceClass };
}

/** The options a person ticks: obstacles in a check-in (time zones for distance pairs), gains at the end. */
function choices(key: DefaultSurveyKey, options: string[], mood: DemoMood, rng: DemoRandom): string[] {
  const last = options.length - 1;
  const distant = mood.distanceClass === 'near-zone' || mood.distanceClass === 'far-zone';
  const picked = options.slice(0, last).filter((_, i) => rng.chance(key === 'check-in' ? (i === 0 && distant ? 0.5 : 0.12) : i === 0 || mood.satisfaction >= 4 ? 0.45 : 0.2));
  return picked.length > 0 ? picked : [options[key === 'check-in' ? last : 0]!];
}

/** Where the pair stood on "did distance make it harder": the same place, or more so the farther apart. */
function distanceOption(options: string[], mood: DemoMood, rng: DemoRandom): string {
  const index = { 'same-city': options.length - 1, 'same-country': 0, 'near-zone': rng.int(0, 1), 'far-zone': rng.int(1, 2) }[mood.distanceClass];
  return options[clamp(index, 0, options.length - 1)]!;
}

/** The requests, responses and answers of the demo, gathered for a few multi-row inserts. */
export class DemoSurveyRows {
  readonly requests: Insertable<SurveyRequestsTable>[] = [];
  readonly responses: Insertable<SurveyResponsesTable>[] = [];
  readonly answers: Insertable<SurveyAnswersTable>[] = [];

  private constructor(
    private readonly surveys: Map<string, { id: string; questions: repo.DemoSurveyQuestion[] }>,
    private readonly programId: string,
    private readonly demoId: (key: string) => string,
    private readonly nowMs: number,
  ) {}

  /** Adds the program's default survey set (the demo inserts its program directly) and reads it back. */
  static async create(trx: Executor, programId: string, adminUserId: string, now: Date, demoId: (key: string) => string): Promise<DemoSurveyRows> {
    await createDefaultSurveys(trx, programId, adminUserId, now.toISOString());
    return new DemoSurveyRows(await repo.findDefaultSurveys(trx, programId), programId, demoId, now.getTime());
  }

  ask(a: DemoAsk, rng: DemoRandom): void {
    const survey = this.surveys.get(a.survey)!;
    const id = this.demoId(`survey-request:${a.partnershipId}:${a.side}:${a.survey}:${a.occasion}`);
    const answeredAt = a.answeredAt === null ? null : new Date(a.answeredAt).toISOString();
    // The reminders after three and seven days went out to those who had not answered by then,
    // so a first start does not send them all at once.
    const until = a.answeredAt ?? this.nowMs;
    const reminders = [3, 7].map((days) => a.sentAt + days * 24 * HOUR).filter((at) => at <= until);
    this.requests.push({
      id,
      survey_id: survey.id,
      program_id: this.programId,
      partnership_id: a.partnershipId,
      user_id: a.userId,
      side: a.side,
      occasion: a.occasion,
      sent_at: new Date(a.sentAt).toISOString(),
      closes_at: new Date(a.sentAt + OPEN_MS).toISOString(),
      reminders_sent: reminders.length,
      last_reminded_at: reminders.length ? new Date(reminders[reminders.length - 1]!).toISOString() : null,
      answered_at: answeredAt,
    });
    if (answeredAt === null) return;
    const responseId = this.demoId(`survey-response:${id}`);
    let goodFit: number | null = null;
    for (const q of survey.questions) {
      const row = { response_id: responseId, question_id: q.id, value_number: null as number | null, value_text: null as string | null, value_choices: null as string | null };
      if (q.kind === 'rating') row.value_number = a.mood.satisfaction;
      else if (q.kind === 'recommend') row.value_number = a.mood.recommend;
      else if (q.kind === 'yes-no') row.value_number = q.measure === 'fit' ? (goodFit = a.mood.goodFit ? 1 : 0) : rng.chance(0.85) ? 1 : 0;
      else if (q.kind === 'multiple') row.value_choices = JSON.stringify(choices(a.survey, q.options, a.mood, rng));
      else if (q.kind === 'single') row.value_text = distanceOption(q.options, a.mood, rng);
      else if (!a.mood.goodFit && a.survey === 'fit-check') row.value_text = notAFitText;
      else if (rng.chance(0.35)) row.value_text = rng.pick(texts[a.survey]);
      else continue;
      this.answers.push(row);
    }
    this.responses.push({
      id: responseId,
      request_id: id,
      survey_id: survey.id,
      program_id: this.programId,
      partnership_id: a.partnershipId,
      side: a.side,
      submitted_at: answeredAt,
      good_fit: goodFit,
      rematch_offered_at: null,
    });
  }

  save(trx: Executor): Promise<void> {
    return repo.insertSurveyRows(trx, this);
  }
}
