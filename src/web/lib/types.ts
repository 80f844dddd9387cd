/** Shapes the API returns (see the API contract in docs). */

export interface Accessibility {
  screenReader: boolean;
  reducedMotion: boolean;
  captions: boolean;
  prefersAsync: boolean;
}

export interface User {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  locale: string;
  accessibility: Accessibility;
  /** Minutes before a meeting to be emailed, largest first; [] for none. */
  meetingReminders: number[];
  /** When new messages are emailed. */
  messageEmails: 'immediate' | 'digest' | 'never';
  createdAt: string;
}

export type ProgramRole = 'admin' | 'mentor' | 'mentee';
export type ParticipantRole = 'mentor' | 'mentee';

export interface Cycle {
  id: string;
  name: string;
  enrolmentOpensOn: string;
  matchingStartsOn: string;
  mentoringStartsOn: string;
  closesOn: string;
}

export interface Program {
  id: string;
  name: string;
  description: string;
  createdAt: string;
  myRoles: ProgramRole[];
  counts: { admins: number; mentors: number; mentees: number };
  cycles: Cycle[];
}

export interface Invitation {
  code: string;
  url: string;
  role: ParticipantRole;
  programId: string;
  createdAt: string;
  expiresAt: string | null;
  uses?: number;
  revokedAt?: string | null;
}

export interface PublicInvitation {
  code: string;
  role: ParticipantRole;
  programId: string;
  programName: string;
  valid: boolean;
}

export interface Membership {
  id: string;
  programId: string;
  userId: string;
  role: ProgramRole;
  status: 'active' | 'paused';
  createdAt: string;
}

export interface Member {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: ProgramRole;
  status: 'active' | 'paused';
  timeZone: string;
  joinedAt: string;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface ImportResult {
  imported: { row: number; email: string; name: string; role: ParticipantRole }[];
  errors: { row: number; field: string; message: string }[];
}
