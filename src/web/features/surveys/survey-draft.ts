import { ApiError, isApiError } from '../../lib/api';
import type { QuestionKind, Survey, SurveyAudience, SurveyInput, SurveyMeasure, SurveyTrigger } from '../../lib/contracts';

export const surveyTriggers: readonly SurveyTrigger[] = ['first-meeting', 'every-n-weeks', 'partnership-end', 'cycle-end'];
export const surveyAudiences: readonly SurveyAudience[] = ['both', 'mentee', 'mentor'];
export const questionKinds: readonly QuestionKind[] = ['rating', 'yes-no', 'single', 'multiple', 'text', 'recommend'];
export const surveyMeasures: readonly SurveyMeasure[] = ['satisfaction', 'fit', 'recommend'];

/** The kind a measure needs (decision 0013): the report reads only answers it can compare. */
export const measureKind: Record<SurveyMeasure, QuestionKind> = { satisfaction: 'rating', fit: 'yes-no', recommend: 'recommend' };

export const hasOptions = (kind: QuestionKind) => kind === 'single' || kind === 'multiple';

export interface QuestionDraft {
  /** Stable across moves, for React keys and focus; not sent. */
  key: string;
  id?: string;
  kind: QuestionKind;
  prompt: string;
  options: string[];
  required: boolean;
  measure: SurveyMeasure | null;
}

export interface SurveyDraft {
  title: string;
  intro: string;
  trigger: SurveyTrigger;
  /** The number field's text, so a half-typed value is not lost. */
  everyWeeks: string;
  audience: SurveyAudience;
  active: boolean;
  questions: QuestionDraft[];
}

let keys = 0;
const newKey = () => `q${++keys}`;

export function newQuestion(): QuestionDraft {
  return { key: newKey(), kind: 'rating', prompt: '', options: [], required: true, measure: null };
}

export function emptyDraft(): SurveyDraft {
  return { title: '', intro: '', trigger: 'first-meeting', everyWeeks: '4', audience: 'both', active: true, questions: [newQuestion()] };
}

export function draftOf(survey: Survey): SurveyDraft {
  return {
    title: survey.title,
    intro: survey.intro,
    trigger: survey.trigger,
    everyWeeks: String(survey.everyWeeks ?? 4),
    audience: survey.audience,
    active: survey.active,
    questions: survey.questions.map((q) => ({ ...q, key: newKey(), options: [...q.options] })),
  };
}

/** A change of kind keeps what still fits: options only for choices, a measure only for its kind. */
export function withKind(question: QuestionDraft, kind: QuestionKind): QuestionDraft {
  const options = hasOptions(kind) ? (question.options.length ? question.options : ['', '']) : [];
  const measure = question.measure && measureKind[question.measure] === kind ? question.measure : null;
  return { ...question, kind, options, measure };
}

/** Moves the question at `from` by one place up (-1) or down (+1). */
export function moveQuestion(questions: QuestionDraft[], from: number, by: -1 | 1): QuestionDraft[] {
  const to = from + by;
  if (to < 0 || to >= questions.length) return questions;
  const next = [...questions];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export function inputOf(draft: SurveyDraft): SurveyInput {
  return {
    title: draft.title.trim(),
    intro: draft.intro.trim(),
    trigger: draft.trigger,
    everyWeeks: draft.trigger === 'every-n-weeks' ? Number(draft.everyWeeks) : null,
    audience: draft.audience,
    active: draft.active,
    questions: draft.questions.map(({ id, kind, prompt, options, required, measure }) => ({
      ...(id ? { id } : {}),
      kind,
      prompt: prompt.trim(),
      options: hasOptions(kind) ? options.map((o) => o.trim()) : [],
      required,
      measure,
    })),
  };
}

/** The form's field names: the survey's own, then each question's (`questions.2.options`), as the API names them. */
export function fieldNames(count: number): string[] {
  const perQuestion = ['kind', 'prompt', 'options', 'required', 'measure'];
  const own = ['title', 'intro', 'trigger', 'everyWeeks', 'audience', 'active', 'questions'];
  return [...own, ...Array.from({ length: count }, (_, i) => perQuestion.map((f) => `questions.${i}.${f}`)).flat()];
}

/**
 * An API error whose field paths are cut to the nearest field the form has: `questions.2.options.1`
 * (one option) belongs to the question's options editor.
 */
export function toFormFields(error: unknown, names: readonly string[]): unknown {
  if (!isApiError(error)) return error;
  const fields = error.fields.map((f) => {
    const parts = f.path.split('.');
    for (let n = parts.length; n > 0; n--) {
      const candidate = parts.slice(0, n).join('.');
      if (names.includes(candidate)) return { ...f, path: candidate };
    }
    return f;
  });
  return new ApiError(error.status, error.code, error.message, fields, error.retryAfterSeconds);
}

/** What the form can tell before asking the server: each problem as a message id, by field name. */
export function problemsOf(draft: SurveyDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!draft.title.trim()) problems.title = 'surveyForm.titleRequired';
  const weeks = Number(draft.everyWeeks);
  if (draft.trigger === 'every-n-weeks' && !(Number.isInteger(weeks) && weeks >= 1 && weeks <= 52)) problems.everyWeeks = 'surveyForm.weeksInvalid';
  if (draft.questions.length === 0) problems.questions = 'surveyForm.questionsRequired';
  draft.questions.forEach((q, i) => {
    if (!q.prompt.trim()) problems[`questions.${i}.prompt`] = 'surveyForm.promptRequired';
    if (hasOptions(q.kind) && q.options.filter((o) => o.trim()).length < 2) problems[`questions.${i}.options`] = 'surveyForm.optionsRequired';
    else if (hasOptions(q.kind) && q.options.some((o) => !o.trim())) problems[`questions.${i}.options`] = 'surveyForm.optionEmpty';
  });
  return problems;
}
