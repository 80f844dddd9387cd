/** The pair's work: agreement, goals, action items, time log, notes, reflections. Column conventions: ../schema.ts. */
import type { PairSide } from './meetings';

export type MeetingFrequency = 'weekly' | 'fortnightly' | 'monthly' | 'as-needed';
export type GoalStatus = 'not-started' | 'in-progress' | 'achieved' | 'dropped';
export type TimeEntryKind = 'meeting' | 'phone' | 'email' | 'chat' | 'in-person' | 'other';
export type NoteVisibility = 'shared' | 'private';

/** One version of the pair's agreement; a change is a new row, and each side confirms a version. */
export interface AgreementVersionsTable {
  id: string;
  partnership_id: string;
  version: number;
  goals: string;
  meeting_frequency: MeetingFrequency;
  meeting_length_minutes: number;
  /** JSON: channel names. */
  channels: string;
  confidentiality: string;
  /** 'YYYY-MM-DD'. */
  ends_on: string;
  created_by: string;
  created_at: string;
  mentee_confirmed_at: string | null;
  mentor_confirmed_at: string | null;
}

export interface GoalsTable {
  id: string;
  partnership_id: string;
  title: string;
  description: string;
  status: GoalStatus;
  created_by_side: PairSide;
  achieved_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface GoalMilestonesTable {
  id: string;
  goal_id: string;
  title: string;
  due_on: string | null;
  done_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActionItemsTable {
  id: string;
  partnership_id: string;
  meeting_id: string | null;
  text: string;
  owner_side: PairSide;
  due_on: string | null;
  done_at: string | null;
  done_by_side: PairSide | null;
  created_by_side: PairSide;
  created_at: string;
  updated_at: string;
}

/** Contact logged by hand; held meetings count from their own outcome, not from here. */
export interface TimeEntriesTable {
  id: string;
  partnership_id: string;
  author_user_id: string;
  author_side: PairSide;
  kind: TimeEntryKind;
  /** 'YYYY-MM-DD' in the author's zone. */
  occurred_on: string;
  minutes: number;
  preparation_minutes: number;
  note: string;
  meeting_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface PartnershipNotesTable {
  id: string;
  partnership_id: string;
  meeting_id: string | null;
  author_user_id: string;
  author_side: PairSide;
  /** shared: the pair reads it; private: only its author, ever. */
  visibility: NoteVisibility;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface PartnershipReflectionsTable {
  partnership_id: string;
  side: PairSide;
  user_id: string;
  rating: number;
  learned: string;
  would_recommend: number;
  created_at: string;
}
