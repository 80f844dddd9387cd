/** Surveys, who was asked when, their answers, and admins' nudges to stalled pairs. Column conventions: ../schema.ts. */
import type { Generated } from 'kysely';
import type { PairSide } from './meetings';

/** When a survey goes out: after a pair's first held meeting (a fit check), every N weeks, at a partnership's end, at a cycle's end. */
export type SurveyTrigger = 'first-meeting' | 'every-n-weeks' | 'partnership-end' | 'cycle-end';
export type SurveyAudience = 'both' | 'mentee' | 'mentor';
export type SurveyQuestionKind = 'rating' | 'yes-no' | 'single' | 'multiple' | 'text' | 'recommend';
/** What a question feeds in the program report: satisfaction (a 1–5 rating), fit (a yes/no; "no" is "not a good fit"), recommend (0–10). */
export type SurveyMeasure = 'satisfaction' | 'fit' | 'recommend';

export interface SurveysTable {
  id: string;
  program_id: string;
  title: string;
  intro: string;
  trigger: SurveyTrigger;
  /** For every-n-weeks: N. */
  every_weeks: number | null;
  audience: SurveyAudience;
  /** 1: goes out when its trigger fires. */
  active: number;
  /** Which of the default set it started as, if any. */
  default_key: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface SurveyQuestionsTable {
  id: string;
  survey_id: string;
  position: number;
  kind: SurveyQuestionKind;
  prompt: string;
  /** JSON array of option labels (single and multiple choice). */
  options: string;
  required: number;
  measure: SurveyMeasure | null;
}

/** One person asked to answer one survey about one partnership on one occasion. */
export interface SurveyRequestsTable {
  id: string;
  survey_id: string;
  program_id: string;
  partnership_id: string;
  user_id: string;
  side: PairSide;
  /** What fired it: 'first-meeting', 'week-8', 'end', 'cycle:<id>'. Unique per survey, partnership and person. */
  occasion: string;
  sent_at: string;
  /** Not listed as pending after this. */
  closes_at: string;
  reminders_sent: Generated<number>;
  last_reminded_at: string | null;
  answered_at: string | null;
}

export interface SurveyResponsesTable {
  id: string;
  /** Unique: a request is answered once. */
  request_id: string;
  survey_id: string;
  program_id: string;
  partnership_id: string;
  side: PairSide;
  submitted_at: string;
  /** The answer to a fit question: 1 good fit, 0 not a good fit, null none asked. */
  good_fit: number | null;
  /** An admin offered the mentee a new match after "not a good fit". */
  rematch_offered_at: string | null;
}

export interface SurveyAnswersTable {
  response_id: string;
  question_id: string;
  /** rating 1–5, recommend 0–10, yes-no 1/0. */
  value_number: number | null;
  /** text, or the chosen option of a single choice. */
  value_text: string | null;
  /** JSON array of chosen options (multiple choice). */
  value_choices: string | null;
}

/** An admin's nudge to a stalled pair, from the report. */
export interface PartnershipNudgesTable {
  id: string;
  partnership_id: string;
  program_id: string;
  sent_by: string;
  sent_at: string;
}
