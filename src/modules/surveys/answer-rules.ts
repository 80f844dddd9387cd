import type { FieldError } from '../../shared/errors';
import type { AnswerInput, AnswerValue, QuestionView } from './surveys.schemas';

const TEXT_LIMIT = 5000;
const isWhole = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** Why a value does not answer the question, or null when it does. */
function valueProblem(q: QuestionView, value: NonNullable<AnswerValue>): string | null {
  switch (q.kind) {
    case 'rating':
      return isWhole(value, 1, 5) ? null : 'Choose a whole number from 1 to 5.';
    case 'recommend':
      return isWhole(value, 0, 10) ? null : 'Choose a whole number from 0 to 10.';
    case 'yes-no':
      return typeof value === 'boolean' ? null : 'Answer yes or no.';
    case 'single':
      return typeof value === 'string' && q.options.includes(value) ? null : 'Choose one of the options.';
    case 'multiple':
      if (!Array.isArray(value) || value.length === 0) return 'Choose at least one of the options.';
      if (new Set(value).size < value.length) return 'Choose each option only once.';
      return value.every((v) => q.options.includes(v)) ? null : 'Choose only among the options.';
    case 'text':
      if (typeof value !== 'string' || value.trim().length === 0) return 'Write your answer, or leave the question out.';
      return value.length > TEXT_LIMIT ? `Use at most ${TEXT_LIMIT} characters.` : null;
  }
}

export interface CheckedAnswers {
  fields: FieldError[];
  /** The answers given (null values left out), each with its question. */
  given: { question: QuestionView; value: NonNullable<AnswerValue> }[];
  /** The answer to the fit question: true good fit, false not a good fit, null none given. */
  fit: boolean | null;
}

/**
 * Checks answers against the survey's questions: each value against its question's kind, no
 * unknown or repeated question (field answers.N.value), every required question answered
 * (field answers). A null value leaves an optional question out.
 */
export function checkAnswers(questions: readonly QuestionView[], input: AnswerInput): CheckedAnswers {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const fields: FieldError[] = [];
  const given: CheckedAnswers['given'] = [];
  // Every question with an entry, answered or not: a bad entry is reported once, at its index.
  const seen = new Set<string>();
  input.answers.forEach((a, i) => {
    const path = `answers.${i}.value`;
    const q = byId.get(a.questionId);
    if (!q) return void fields.push({ path, message: 'This question is not in the survey.' });
    if (seen.has(q.id)) return void fields.push({ path, message: 'This question is answered twice.' });
    seen.add(q.id);
    if (a.value === null) {
      if (q.required) fields.push({ path, message: 'This question needs an answer.' });
      return;
    }
    const problem = valueProblem(q, a.value);
    if (problem) fields.push({ path, message: problem });
    else given.push({ question: q, value: typeof a.value === 'string' ? a.value.trim() : a.value });
  });
  for (const q of questions) if (q.required && !seen.has(q.id)) fields.push({ path: 'answers', message: `Answer “${q.prompt}”.` });
  const fitAnswer = given.find((g) => g.question.measure === 'fit');
  return { fields, given, fit: fitAnswer ? fitAnswer.value === true : null };
}
