import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateSettings } from '../modules/accounts/accounts.service';
import { addTravel } from '../modules/meetings/availability-changes.service';
import { startJobBench, type JobBench } from '../modules/nudges/test-helpers';
import { dialects } from '../../test/databases';
import {
  actorFor,
  createMeeting,
  createParticipant,
  createPartnership,
  createProgram,
  type ProgramRef,
  type TestParticipant,
  type TestPartnership,
} from '../../test/factories';
import { sendMeetingReminders } from './meeting-reminders';

// The clock starts on Tuesday 2026-11-24 09:00 UTC. The meeting is Tuesday 2026-12-01 17:00 UTC:
// 19:00 in Beirut (UTC+2), 09:00 in San Francisco (UTC-8).
const START = '2026-12-01T17:00:00.000Z';
const before = (minutes: number, from = START) => new Date(Date.parse(from) - minutes * 60_000).toISOString();
const REMINDER = /^Reminder: /;

describe.each(dialects)('meeting reminders job on %s', (dialect) => {
  let b: JobBench;
  let program: ProgramRef;
  let lina: TestParticipant;
  let maya: TestParticipant;
  let pair: TestPartnership;

  beforeEach(async () => {
    b = await startJobBench(dialect);
    program = await createProgram(b.ctx, { name: 'Global Engineering' });
    lina = await createParticipant(b.ctx, {
      program,
      role: 'mentee',
      user: { name: 'Lina', timeZone: 'Asia/Beirut' },
      profile: { cityId: 'LB:beirut:beirut' },
    });
    maya = await createParticipant(b.ctx, {
      program,
      role: 'mentor',
      user: { name: 'Maya', timeZone: 'America/Los_Angeles' },
      profile: { cityId: 'US:san-francisco:california' },
    });
    pair = await createPartnership(b.ctx, { program, mentee: lina, mentor: maya });
    await b.deliver();
  });
  afterEach(() => b.close());

  const runAt = async (iso: string) => {
    b.clock.set(iso);
    const queued = await sendMeetingReminders(b.ctx);
    await b.deliver();
    return queued;
  };
  const remindersTo = (p: TestParticipant) => b.inbox(p.user.email, REMINDER);

  it('tells the time on the clock a person travels on: a trip covering the meeting moves their zone and place', async () => {
    // Maya is in Tokyo from 30 November to 3 December: 17:00 UTC on 1 December is 02:00 on Wednesday there.
    await addTravel(b.ctx, actorFor(maya.user), { startsOn: '2026-11-30', endsOn: '2026-12-03', timeZone: 'Asia/Tokyo', note: 'Conference' });
    await createMeeting(b.ctx, { partnership: pair, startAt: START });

    expect(await runAt(before(1440))).toBe(2);
    const [toLina] = remindersTo(lina);
    expect(toLina!.text).toMatch(/Tuesday, December 1 at 7:00\sPM Beirut time \(Wednesday,? 2:00\sAM for Maya in Tokyo\)/);
    const [toMaya] = remindersTo(maya);
    expect(toMaya!.subject).toMatch(/^Reminder: meeting with Lina tomorrow at 2:00\sAM$/);
    expect(toMaya!.text).toMatch(/Wednesday, December 2 at 2:00\sAM Tokyo time \(Tuesday,? 7:00\sPM for Lina in Beirut\)/);
  });

  it('reminds both people a day and an hour before, once each, on their own clock with the other’s beside it', async () => {
    const meeting = await createMeeting(b.ctx, { partnership: pair, startAt: START, agenda: 'Career plan for 2027' });

    expect(await runAt(before(1440 + 1))).toBe(0);
    expect(await runAt(before(1440))).toBe(2);
    expect(await runAt(before(1440 - 1))).toBe(0);

    const [toLina] = remindersTo(lina);
    expect(toLina!.subject).toMatch(/^Reminder: meeting with Maya tomorrow at 7:00\sPM$/);
    expect(toLina!.text).toContain('Hello Lina,');
    expect(toLina!.text).toMatch(/Tuesday, December 1 at 7:00\sPM Beirut time \(9:00\sAM for Maya in San Francisco\)/);
    expect(toLina!.text).toContain('planned for 60 minutes');
    expect(toLina!.text).toContain(`Join the video call: https://meet.example.org/meridian-${meeting.id.slice(0, 8)}`);
    expect(toLina!.text).toContain('Agenda: Career plan for 2027');
    expect(toLina!.text).toContain(`http://meridian.test/partnerships/${pair.id}`);
    expect(toLina!.text).toContain('http://meridian.test/settings');
    expect(toLina!.html).toMatch(/Tuesday, December 1 at 7:00\sPM Beirut time \(9:00\sAM for Maya in San Francisco\)/);
    expect(toLina!.html).toContain(`<a href="http://meridian.test/partnerships/${pair.id}"`);

    const [toMaya] = remindersTo(maya);
    expect(toMaya!.subject).toMatch(/^Reminder: meeting with Lina tomorrow at 9:00\sAM$/);
    expect(toMaya!.text).toMatch(/Tuesday, December 1 at 9:00\sAM San Francisco time \(7:00\sPM for Lina in Beirut\)/);

    expect(await runAt(before(61))).toBe(0);
    expect(await runAt(before(60))).toBe(2);
    expect(remindersTo(lina).map((m) => m.subject)).toEqual([expect.stringMatching(/tomorrow/), 'Reminder: meeting with Maya in 1 hour']);
    expect(remindersTo(maya)).toHaveLength(2);

    expect(await runAt(before(1))).toBe(0);
    expect(await runAt(START)).toBe(0);
  });

  it('sends nothing for a meeting that has started, nor for one that is only proposed or was cancelled', async () => {
    await createMeeting(b.ctx, { partnership: pair, startAt: START });
    await createMeeting(b.ctx, { partnership: pair, startAt: before(-120), status: 'proposed' });
    await createMeeting(b.ctx, { partnership: pair, startAt: before(-240), status: 'cancelled' });
    // Nothing ran before the start: the reminders are not sent late.
    expect(await runAt(before(-1))).toBe(0);
    expect(await runAt(before(-60 - 120 + 30))).toBe(0);
    expect(remindersTo(lina)).toHaveLength(0);
  });

  it('honours each person’s choice: turned off, or other leads', async () => {
    await updateSettings(b.ctx, actorFor(lina.user), { meetingReminders: [] });
    await updateSettings(b.ctx, actorFor(maya.user), { meetingReminders: [2880, 10] });
    await createMeeting(b.ctx, { partnership: pair, startAt: START });

    expect(await runAt(before(2880))).toBe(1);
    expect(await runAt(before(1440))).toBe(0);
    expect(await runAt(before(60))).toBe(0);
    expect(await runAt(before(10))).toBe(1);
    expect(remindersTo(lina)).toHaveLength(0);
    expect(remindersTo(maya).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Reminder: meeting with Lina on Tuesday at 9:00\sAM$/),
      'Reminder: meeting with Lina in 10 minutes',
    ]);

    // Turned back on later: the next lead still due goes out.
    await updateSettings(b.ctx, actorFor(lina.user), { meetingReminders: [1440, 60, 10] });
    expect(await runAt(before(9))).toBe(1);
    expect(remindersTo(lina).map((m) => m.subject)).toEqual(['Reminder: meeting with Maya in 9 minutes']);
  });

  it('re-arms the reminders when the meeting is moved', async () => {
    const meeting = await createMeeting(b.ctx, { partnership: pair, startAt: START });
    expect(await runAt(before(1440))).toBe(2);

    // Rescheduled two days later, a few hours after the first reminder went out.
    const moved = before(-2 * 1440);
    b.clock.set(before(1440 - 180));
    await b.ctx.db
      .updateTable('meetings')
      .set({ start_at: moved, end_at: before(-60, moved), updated_at: b.clock.now().toISOString() })
      .where('id', '=', meeting.id)
      .execute();

    expect(await runAt(before(60))).toBe(0);
    expect(await runAt(before(1440, moved))).toBe(2);
    expect(await runAt(before(60, moved))).toBe(2);
    expect(remindersTo(lina).map((m) => m.subject)).toEqual([
      expect.stringMatching(/Maya tomorrow at 7:00\sPM$/),
      expect.stringMatching(/Maya tomorrow at 7:00\sPM$/),
      'Reminder: meeting with Maya in 1 hour',
    ]);
    expect(remindersTo(lina)[1]!.text).toMatch(/Thursday, December 3 at 7:00\sPM Beirut time/);
  });

  it('catches up after downtime with one email for the reminders it missed, until the meeting starts', async () => {
    await createMeeting(b.ctx, { partnership: pair, startAt: START, channel: 'in-person', location: 'Café Younes, Hamra' });
    // Every instance was down from two days before until 30 minutes before the meeting.
    expect(await runAt(before(30))).toBe(2);
    expect(await runAt(before(29))).toBe(0);
    const [toLina] = remindersTo(lina);
    expect(toLina!.subject).toBe('Reminder: meeting with Maya in 30 minutes');
    expect(toLina!.text).toContain('Where: Café Younes, Hamra');
    expect(remindersTo(maya)).toHaveLength(1);
  });

  it('skips the day-before reminder when the time was confirmed later than that', async () => {
    await createMeeting(b.ctx, { partnership: pair, startAt: START, confirmedAt: before(120), updatedAt: before(120) });
    expect(await runAt(before(120))).toBe(0);
    expect(await runAt(before(61))).toBe(0);
    expect(await runAt(before(60))).toBe(2);
    expect(remindersTo(lina).map((m) => m.subject)).toEqual(['Reminder: meeting with Maya in 1 hour']);
  });

  it('leaves out someone removed from the program', async () => {
    await createMeeting(b.ctx, { partnership: pair, startAt: START });
    await b.ctx.db.updateTable('memberships').set({ status: 'removed' }).where('id', '=', maya.id).execute();
    expect(await runAt(before(1440))).toBe(1);
    expect(remindersTo(maya)).toHaveLength(0);
    expect(remindersTo(lina)).toHaveLength(1);
  });

  it('sends each reminder once when two instances run at the same moment, and across many meetings in small batches', async () => {
    const others: TestParticipant[] = [];
    for (let i = 0; i < 4; i++) {
      const mentee = await createParticipant(b.ctx, { program, role: 'mentee' });
      const mentor = await createParticipant(b.ctx, { program, role: 'mentor' });
      const p = await createPartnership(b.ctx, { program, mentee, mentor });
      await createMeeting(b.ctx, { partnership: p, startAt: before(-i, START) });
      others.push(mentee, mentor);
    }
    await createMeeting(b.ctx, { partnership: pair, startAt: START });
    await b.deliver();

    b.clock.set(before(1440 - 10));
    const second = { ...b.ctx };
    const counts = await Promise.all([sendMeetingReminders(b.ctx, 2), sendMeetingReminders(second, 2), sendMeetingReminders(b.ctx, 3)]);
    expect(counts.reduce((a, c) => a + c, 0)).toBe(10);
    expect(await b.deliver()).toBe(10);
    for (const p of [lina, maya, ...others]) expect(remindersTo(p)).toHaveLength(1);
    expect(await sendMeetingReminders(b.ctx)).toBe(0);
  });
});
