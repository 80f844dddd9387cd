import type { SurveyMeasure, SurveyQuestionKind } from '../../db/schema';
import { AppError } from '../../server/errors';
import type { FieldError } from '../../shared/errors';
import type { QuestionInput, QuestionView, SurveyInput } from './surveys.schemas';

// The rules of a survey definition zod cannot say alone (decision 0013): options per kind, what
// each measure needs, one question per measure, and the trigger's week count.

/** The kind of answer each measure reads in the program report. */
export const MEASURE_KIND: Record<SurveyMeasure, SurveyQuestionKind> = { satisfaction: 'rating', fit: 'yes-no', recommend: 'recommend' };

const KIND_NAME: Record<SurveyQuestionKind, string> = {
  rating: 'a rating (1–5)',
  'yes-no': 'a yes/no question',
  single: 'a single choice',
  multiple: 'a multiple choice',
  text: 'a free text',
  recommend: 'a recommend score (0–10)',
};

export const hasChoices = (kind: SurveyQuestionKind) => kind === 'single' || kind === 'multiple';

/** Throws validation_failed with every broken rule as a field, the first also in the message. */
export function throwIfInvalid(fields: FieldError[]): void {
  if (fields.length > 0) throw new AppError('validation_failed', `${fields[0]!.path}: ${fields[0]!.message}`, fields);
}

function optionProblem(q: QuestionInput): string | null {
  if (!hasChoices(q.kind)) return q.options.length > 0 ? `${KIND_NAME[q.kind]} has no options.` : null;
  if (q.options.length < 2) return 'Give at least 2 options.';
  if (q.options.length > 12) return 'Give at most 12 options.';
  const distinct = new Set(q.options.map((o) => o.toLocaleLowerCase()));
  return distinct.size < q.options.length ? 'Each option only once.' : null;
}

/**
 * Checks a survey as an admin wrote it. `existingIds` are the ids of the survey's questions when
 * it is being edited (a question id must be one of them); on creation any id is ignored.
 */
export function checkSurveyInput(input: SurveyInput, existingIds: ReadonlySet<string> | null): FieldError[] {
  const fields: FieldError[] = [];
  if (input.trigger === 'every-n-weeks' && input.everyWeeks === null) fields.push({ path: 'everyWeeks', message: 'Say every how many weeks it goes out.' });
  if (input.trigger !== 'every-n-weeks' && input.everyWeeks !== null) fields.push({ path: 'everyWeeks', message: 'Only a survey sent every few weeks has a week count.' });
  const measured = new Set<SurveyMeasure>();
  const seenIds = new Set<string>();
  input.questions.forEach((q, i) => {
    const at = `questions.${i}`;
    if (existingIds && q.id !== undefined) {
      if (!existingIds.has(q.id)) fields.push({ path: `${at}.id`, message: 'This question is not in the survey.' });
      else if (seenIds.has(q.id)) fields.push({ path: `${at}.id`, message: 'This question is listed twice.' });
      seenIds.add(q.id);
    }
    const options = optionProblem(q);
    if (options) fields.push({ path: `${at}.options`, message: options });
    if (q.measure) {
      if (q.kind !== MEASURE_KIND[q.measure]) fields.push({ path: `${at}.measure`, message: `The ${q.measure} measure needs ${KIND_NAME[MEASURE_KIND[q.measure]]}.` });
      else if (measured.has(q.measure)) fields.push({ path: `${at}.measure`, message: `Only one question may measure ${q.measure}.` });
      measured.add(q.measure);
    }
  });
  return fields;
}

const sameQuestion = (a: QuestionInput, b: QuestionView) =>
  a.id === b.id &&
  a.kind === b.kind &&
  a.prompt === b.prompt &&
  a.required === b.required &&
  a.measure === b.measure &&
  a.options.length === b.options.length &&
  a.options.every((o, i) => o === b.options[i]);

/** Whether an edit leaves the questions exactly as they are (same ids, order, wording, options). */
export function questionsUnchanged(input: readonly QuestionInput[], current: readonly QuestionView[]): boolean {
  return input.length === current.length && input.every((q, i) => sameQuestion(q, current[i]!));
}
