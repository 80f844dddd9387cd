import type { Executor } from '../../db/database';
import { newId } from '../../server/ids';
import type { SurveyInput } from './surveys.schemas';
import { storeQuestions, storeSurvey } from './surveys.presenter';
import { insertSurvey } from './surveys.repository';

export type DefaultSurveyKey = 'fit-check' | 'check-in' | 'partnership-end' | 'cycle-end';

/**
 * The survey set every new program starts with (admins edit or switch them off): a fit check
 * after the first held meeting, a check-in every four weeks, a close-out when a partnership ends
 * and a program survey when a cycle closes. Their measured questions feed the report.
 */
export const DEFAULT_SURVEYS: Record<DefaultSurveyKey, SurveyInput> = {
  'fit-check': {
    title: 'How is it going? (after your first meeting)',
    intro: 'Two quick questions after your first meeting. Your partner never sees your answers; your program’s admins do.',
    trigger: 'first-meeting',
    everyWeeks: null,
    audience: 'both',
    active: true,
    questions: [
      { kind: 'rating', prompt: 'How useful was your first meeting?', options: [], required: true, measure: 'satisfaction' },
      { kind: 'yes-no', prompt: 'Is this partnership a good fit for you?', options: [], required: true, measure: 'fit' },
      { kind: 'text', prompt: 'Anything the program team should know?', options: [], required: false, measure: null },
    ],
  },
  'check-in': {
    title: 'Monthly check-in',
    intro: 'A one-minute check-in. Your partner never sees your answers.',
    trigger: 'every-n-weeks',
    everyWeeks: 4,
    audience: 'both',
    active: true,
    questions: [
      { kind: 'rating', prompt: 'How satisfied are you with your mentoring so far?', options: [], required: true, measure: 'satisfaction' },
      { kind: 'yes-no', prompt: 'Are you meeting as often as you agreed?', options: [], required: true, measure: null },
      {
        kind: 'multiple',
        prompt: 'What, if anything, gets in the way?',
        options: ['Finding a time across our time zones', 'Workload', 'Unclear goals', 'Technology or connection', 'Language', 'Nothing'],
        required: false,
        measure: null,
      },
      { kind: 'text', prompt: 'Anything else?', options: [], required: false, measure: null },
    ],
  },
  'partnership-end': {
    title: 'Looking back on your partnership',
    intro: 'Your partnership has ended. Your answers help the program match people well; your partner never sees them.',
    trigger: 'partnership-end',
    everyWeeks: null,
    audience: 'both',
    active: true,
    questions: [
      { kind: 'rating', prompt: 'Overall, how satisfied are you with this partnership?', options: [], required: true, measure: 'satisfaction' },
      { kind: 'recommend', prompt: 'How likely are you to recommend this program to a colleague?', options: [], required: true, measure: 'recommend' },
      {
        kind: 'multiple',
        prompt: 'What did you gain?',
        options: ['Technical skills', 'Career direction', 'Confidence', 'A wider network', 'Another view of my work', 'Not much'],
        required: false,
        measure: null,
      },
      {
        kind: 'single',
        prompt: 'Did working in different places or time zones make it harder?',
        options: ['Not at all', 'A little', 'Quite a lot', 'We were in the same place'],
        required: false,
        measure: null,
      },
      { kind: 'text', prompt: 'What should we change?', options: [], required: false, measure: null },
    ],
  },
  'cycle-end': {
    title: 'End of cycle',
    intro: 'This mentoring cycle has closed. Tell us how the program worked for you.',
    trigger: 'cycle-end',
    everyWeeks: null,
    audience: 'both',
    active: true,
    questions: [
      { kind: 'rating', prompt: 'How satisfied are you with the program this cycle?', options: [], required: true, measure: 'satisfaction' },
      { kind: 'recommend', prompt: 'How likely are you to recommend this program to a colleague?', options: [], required: true, measure: 'recommend' },
      { kind: 'yes-no', prompt: 'Would you take part again?', options: [], required: false, measure: null },
      { kind: 'text', prompt: 'What should the program do differently next cycle?', options: [], required: false, measure: null },
    ],
  },
};

/** Adds the default set to a new program, inside the caller's transaction. */
export async function createDefaultSurveys(db: Executor, programId: string, createdBy: string | null, now: string): Promise<void> {
  for (const [key, survey] of Object.entries(DEFAULT_SURVEYS)) {
    const id = newId();
    await insertSurvey(
      db,
      {
        id,
        program_id: programId,
        ...storeSurvey(survey),
        default_key: key,
        created_by: createdBy,
        created_at: now,
        updated_at: now,
      },
      storeQuestions(id, survey.questions),
    );
  }
}
