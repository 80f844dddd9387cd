import type { Insertable } from 'kysely';
import type { SurveyQuestionKind, SurveyQuestionsTable } from '../../db/schema';
import { newId } from '../../server/ids';
import type { SurveyRequestRow } from './survey-requests.repository';
import type { QuestionRow, SurveyRow } from './surveys.repository';
import type { AnswerValue, QuestionInput, QuestionView, SurveyInput, SurveyRequestView, SurveyView } from './surveys.schemas';

export function presentQuestion(q: QuestionRow): QuestionView {
  return {
    id: q.id,
    kind: q.kind,
    prompt: q.prompt,
    options: JSON.parse(q.options) as string[],
    required: Number(q.required) === 1,
    measure: q.measure,
  };
}

/** A survey's own columns as an admin set them. */
export const storeSurvey = (input: SurveyInput) => ({
  title: input.title,
  intro: input.intro,
  trigger: input.trigger,
  every_weeks: input.everyWeeks,
  audience: input.audience,
  active: input.active ? 1 : 0,
});

/** Questions as rows, in their order; an existing question keeps its id when `keepIds` (edits), else each gets a new one. */
export function storeQuestions(surveyId: string, questions: readonly QuestionInput[], keepIds = false): Insertable<SurveyQuestionsTable>[] {
  return questions.map((q, position) => ({
    id: keepIds && q.id ? q.id : newId(),
    survey_id: surveyId,
    position,
    kind: q.kind,
    prompt: q.prompt,
    options: JSON.stringify(q.options),
    required: q.required ? 1 : 0,
    measure: q.measure,
  }));
}

/** Questions grouped by survey, in order. */
export function questionsBySurvey(rows: readonly QuestionRow[]): Map<string, QuestionView[]> {
  const by = new Map<string, QuestionView[]>();
  for (const q of rows) by.set(q.survey_id, [...(by.get(q.survey_id) ?? []), presentQuestion(q)]);
  return by;
}

export function presentSurvey(s: SurveyRow, questions: QuestionView[]): SurveyView {
  return {
    id: s.id,
    programId: s.program_id,
    title: s.title,
    intro: s.intro,
    trigger: s.trigger,
    everyWeeks: s.every_weeks === null ? null : Number(s.every_weeks),
    audience: s.audience,
    active: Number(s.active) === 1,
    questions,
    sent: Number(s.sent ?? 0),
    answered: Number(s.answered ?? 0),
    createdAt: s.created_at,
    updatedAt: s.updated_at,
  };
}

/** An answer as stored: a number (rating, recommend, yes-no as 1/0), a text (text, single choice) or a JSON list (multiple choice). */
export interface StoredAnswer {
  value_number: number | string | null;
  value_text: string | null;
  value_choices: string | null;
}

/** Stores an answer already checked against its question. */
export function storeAnswer(kind: SurveyQuestionKind, value: NonNullable<AnswerValue>): StoredAnswer & { value_number: number | null } {
  switch (kind) {
    case 'rating':
    case 'recommend':
      return { value_number: value as number, value_text: null, value_choices: null };
    case 'yes-no':
      return { value_number: value ? 1 : 0, value_text: null, value_choices: null };
    case 'single':
    case 'text':
      return { value_number: null, value_text: value as string, value_choices: null };
    case 'multiple':
      return { value_number: null, value_text: null, value_choices: JSON.stringify(value) };
  }
}

/** The answer as the API gives it back, by the question's kind. */
export function readAnswer(kind: SurveyQuestionKind, a: StoredAnswer): AnswerValue {
  switch (kind) {
    case 'rating':
    case 'recommend':
      return a.value_number === null ? null : Number(a.value_number);
    case 'yes-no':
      return a.value_number === null ? null : Number(a.value_number) === 1;
    case 'single':
    case 'text':
      return a.value_text;
    case 'multiple':
      return a.value_choices === null ? null : (JSON.parse(a.value_choices) as string[]);
  }
}

/** An answer as one spreadsheet cell: yes/no in words, several choices joined with "; ". */
export function answerCell(value: AnswerValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

/** A request as the person asked sees it: who it is about (never their partner's answers). */
export function presentRequest(r: SurveyRequestRow, questions: QuestionView[]): SurveyRequestView {
  return {
    id: r.id,
    surveyId: r.survey_id,
    programId: r.program_id,
    programName: r.program_name,
    partnershipId: r.partnership_id,
    partnerName: r.side === 'mentee' ? r.mentor_name : r.mentee_name,
    side: r.side,
    title: r.title,
    intro: r.intro,
    occasion: r.occasion,
    sentAt: r.sent_at,
    closesAt: r.closes_at,
    answeredAt: r.answered_at,
    questions,
  };
}
