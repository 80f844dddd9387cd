import type { Executor } from '../../db/database';
import { insertVersion } from '../agreements/agreements.repository';
import { insertActionItem, insertGoal, insertMilestones } from '../agreements/goals.repository';
import { insertMessage } from '../conversations/messages.repository';
import { cleanMessage } from '../conversations/sanitise';
import { insertEntry } from '../session-log/time-log.repository';

const DAY = 24 * 60 * 60_000;

export interface DemoHubPair {
  partnershipId: string;
  menteeUserId: string;
  mentorUserId: string;
}

/**
 * The demo mentor's partnership as a few weeks of working together leave it: an agreement both
 * confirmed, a goal under way, an action item, a short conversation (the last message still
 * unread by the mentor) and contact logged outside Meridian.
 */
export async function seedDemoHub(trx: Executor, pair: DemoHubPair, now: Date, demoId: (key: string) => string): Promise<void> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const date = (days: number) => ago(days).slice(0, 10);
  const p = pair.partnershipId;
  await insertVersion(trx, {
    id: demoId('hub:agreement:1'),
    partnership_id: p,
    version: 1,
    goals: 'Grow from backend developer to someone who can design a service end to end; prepare for a first tech-lead role.',
    meeting_frequency: 'fortnightly',
    meeting_length_minutes: 60,
    channels: JSON.stringify(['video', 'chat']),
    confidentiality: 'What we discuss stays between us unless we both agree to share it.',
    ends_on: date(-150),
    created_by: pair.menteeUserId,
    created_at: ago(33),
    mentee_confirmed_at: ago(33),
    mentor_confirmed_at: ago(32),
  });
  const goalId = demoId('hub:goal:design');
  await insertGoal(trx, {
    id: goalId,
    partnership_id: p,
    title: 'Design a service end to end',
    description: 'Write and defend a design document for the notifications service at work.',
    status: 'in-progress',
    created_by_side: 'mentee',
    achieved_at: null,
    created_at: ago(32),
    updated_at: ago(10),
  });
  await insertMilestones(trx, [
    { id: demoId('hub:milestone:draft'), goal_id: goalId, title: 'First draft of the design document', due_on: date(14), done_at: ago(12), created_at: ago(32), updated_at: ago(12) },
    { id: demoId('hub:milestone:review'), goal_id: goalId, title: 'Design review with the team', due_on: date(-10), done_at: null, created_at: ago(32), updated_at: ago(32) },
  ]);
  await insertActionItem(trx, {
    id: demoId('hub:action:failure-modes'),
    partnership_id: p,
    meeting_id: null,
    text: 'Add a section on failure modes and retries to the design document',
    owner_side: 'mentee',
    due_on: date(-5),
    done_at: null,
    done_by_side: null,
    created_by_side: 'mentor',
    created_at: ago(12),
    updated_at: ago(12),
  });
  const messages: [number, 'mentee' | 'mentor', string][] = [
    [6, 'mentee', 'Hi Maya, I shared the first draft of the design document. Could you look at the queueing part before our next call?'],
    [5, 'mentor', 'Thanks! Read it this morning. The queueing is solid; think about what happens when the email provider is down for an hour.'],
    [5, 'mentee', 'Good point. I will add retries with backoff and a dead-letter table.'],
    [1, 'mentee', 'Updated the draft with a failure-modes section. Looking forward to Thursday!'],
  ];
  for (const [i, [days, side, text]] of messages.entries()) {
    const body = cleanMessage(text, 'text');
    await insertMessage(trx, {
      id: demoId(`hub:message:${i}`),
      partnership_id: p,
      author_user_id: side === 'mentee' ? pair.menteeUserId : pair.mentorUserId,
      body_html: body.html,
      body_text: body.text,
      created_at: ago(days),
      edited_at: null,
      deleted_at: null,
    });
  }
  await insertEntry(trx, {
    id: demoId('hub:time:chat'),
    partnership_id: p,
    author_user_id: pair.mentorUserId,
    author_side: 'mentor',
    kind: 'chat',
    occurred_on: date(5),
    minutes: 20,
    preparation_minutes: 25,
    note: 'Read the design draft and answered questions in chat.',
    meeting_id: null,
    created_at: ago(5),
    updated_at: ago(5),
  });
}
