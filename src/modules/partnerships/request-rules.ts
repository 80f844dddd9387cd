import type { Exclusion, MatchMentor, MatchPerson } from '../../core/matching/types';
import { AppError } from '../../server/errors';
import type { RequestRow } from './requests.repository';

const languageList = (tags: readonly string[], type: 'conjunction' | 'disjunction'): string => {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  return new Intl.ListFormat('en', { type }).format(tags.map((t) => names.of(t) ?? t));
};

const hours = (h: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(h);

/** The hard filter a pair fails, in words the mentee can act on. */
export function exclusionMessage(reason: Exclusion, mentee: MatchPerson, mentor: MatchMentor & { name: string }, gapHours: number): string {
  switch (reason) {
    case 'no-shared-language':
      return mentee.languages.length === 0
        ? 'Add the languages you speak to your profile first: you and your mentor need one in common.'
        : `You and ${mentor.name} share no language: ${mentor.name} mentors in ${languageList(mentor.languages, 'conjunction')}.`;
    case 'mentor-language-preference':
      return `${mentor.name} asks mentees to speak ${languageList(mentor.preferences.languages, 'disjunction')}, and your profile lists none of them.`;
    case 'zone-gap-too-wide':
      return (
        `${mentor.name} takes mentees at most ${hours(mentor.preferences.maxZoneGapHours ?? 0)} hours from their time zone; ` +
        `yours is ${hours(gapHours)} hours apart.`
      );
    case 'mentor-full':
      return `${mentor.name} has no place for a new mentee right now.`;
    case 'forbidden':
      return 'The program’s admins have ruled out this pairing.';
  }
}

/** 409 request_closed, saying what became of the request. */
export function requestClosed(r: Pick<RequestRow, 'status' | 'mentee_name' | 'mentor_name'>): AppError {
  const what: Record<RequestRow['status'], string> = {
    pending: 'This request has expired.',
    accepted: `This request was already accepted: ${r.mentor_name} and ${r.mentee_name} are partners.`,
    declined: 'This request was declined.',
    withdrawn: 'This request was withdrawn.',
    expired: 'This request expired before it was answered.',
    superseded: `This request was withdrawn: ${r.mentee_name} found another mentor.`,
  };
  return new AppError('request_closed', what[r.status]);
}

/** Throws request_closed unless the request still waits for an answer (pending and not past its expiry). */
export function assertOpen(r: RequestRow, now: Date): void {
  if (r.status !== 'pending' || new Date(r.expires_at) <= now) throw requestClosed(r);
}

export const alreadyMatched = (who: 'you' | string): AppError =>
  new AppError(
    'already_matched',
    who === 'you'
      ? 'You already have a mentor in this program: one partnership at a time.'
      : `${who} already has a mentor in this program.`,
  );
