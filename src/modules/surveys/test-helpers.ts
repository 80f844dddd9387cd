// Shared by this module's tests (not imported by the app).
import type { TestApp } from '../../../test/app';
import { createMeeting, createPartnership, type ProgramRef } from '../../../test/factories';
import { caller, type Person } from '../partnerships/test-helpers';
import { dispatchSurveys } from './dispatch.service';

/** A valid survey body for POST/PUT, with overrides. */
export function surveyBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Mid-point check',
    intro: 'Three quick questions.',
    trigger: 'first-meeting',
    everyWeeks: null,
    audience: 'both',
    active: true,
    questions: [
      { kind: 'rating', prompt: 'How useful are your meetings?', measure: 'satisfaction' },
      { kind: 'single', prompt: 'How often do you meet?', options: ['Weekly', 'Every two weeks', 'Monthly'], required: false },
      { kind: 'text', prompt: 'Anything else?', required: false },
    ],
    ...overrides,
  };
}

/**
 * A pair of the program that held its first meeting yesterday, with the surveys that fire on a
 * first meeting sent (the default fit check among them): each side's open requests by survey title.
 */
export async function pairAfterFirstMeeting(t: TestApp, program: ProgramRef, mentee: Person, mentor: Person) {
  const partnership = await createPartnership(t.ctx, { program, mentee, mentor });
  const held = new Date(t.clock.now().getTime() - 17 * 3_600_000).toISOString();
  await createMeeting(t.ctx, { partnership, status: 'held', startAt: held });
  await dispatchSurveys(t.ctx, { partnershipId: partnership.id });
  // Each side's open requests as the API lists them to that person, remembered once seen (answered ones drop off the list).
  const call = caller(t);
  const seen = new Map<string, string>();
  const requestOf = async (who: Person, title: string) => {
    const key = `${who.user.id}:${title}`;
    if (!seen.has(key)) {
      const { requests } = (await call('GET', '/survey-requests', who.as)).json() as { requests: { id: string; partnershipId: string; title: string }[] };
      for (const r of requests) if (r.partnershipId === partnership.id) seen.set(`${who.user.id}:${r.title}`, r.id);
    }
    const id = seen.get(key);
    if (!id) throw new Error(`no open “${title}” request for ${who.user.name}`);
    return id;
  };
  return { partnership, requestOf };
}

/** The default fit check's title (a survey every new program starts with). */
export const FIT_CHECK = 'How is it going? (after your first meeting)';
