import { describe, expect, it } from 'vitest';
import type { Awkwardness } from '../time/types';
import { fairnessTally, type TallyMeeting } from './fairness';

const day = (n: number) => Date.UTC(2026, 5, n, 16);
const meeting = (n: number, mentee: Awkwardness, mentor: Awkwardness): TallyMeeting => ({ startMs: day(n), mentee, mentor });

describe('fairnessTally', () => {
  it('nobody has borne anything: zero counts, no streak, no next bearer', () => {
    expect(fairnessTally([])).toEqual({
      mentee: { early: 0, late: 0, weekend: 0, night: 0, total: 0 },
      mentor: { early: 0, late: 0, weekend: 0, night: 0, total: 0 },
      streak: null,
      nextBearer: null,
    });
    expect(fairnessTally([meeting(1, 'working', 'working')]).nextBearer).toBeNull();
  });

  it('counts each side’s kinds and names the most recent run, in time order whatever the input order', () => {
    const t = fairnessTally([
      meeting(9, 'early', 'working'),
      meeting(2, 'working', 'night'),
      meeting(5, 'early', 'working'),
      meeting(7, 'working', 'working'), // suits both: skipped, does not break the run
      meeting(8, 'early', 'working'),
    ]);
    expect(t.mentee).toEqual({ early: 3, late: 0, weekend: 0, night: 0, total: 3 });
    expect(t.mentor).toEqual({ early: 0, late: 0, weekend: 0, night: 1, total: 1 });
    expect(t.streak).toEqual({ side: 'mentee', count: 3, kind: 'early' });
    expect(t.nextBearer).toBe('mentor');
  });

  it('a run of different kinds is mixed; the other side’s meeting ends it', () => {
    const t = fairnessTally([meeting(1, 'working', 'late'), meeting(2, 'working', 'weekend'), meeting(3, 'working', 'early'), meeting(0, 'night', 'working')]);
    expect(t.streak).toEqual({ side: 'mentor', count: 3, kind: 'mixed' });
    expect(t.nextBearer).toBe('mentee');
  });

  it('a meeting awkward for both ends the streak and counts for both', () => {
    const t = fairnessTally([meeting(1, 'early', 'working'), meeting(2, 'late', 'night')]);
    expect(t.streak).toBeNull();
    expect(t.mentee.total).toBe(2);
    expect(t.mentor.total).toBe(1);
    expect(t.nextBearer).toBe('mentor');
  });

  it('on equal totals the side not in the streak is next', () => {
    const t = fairnessTally([meeting(1, 'working', 'late'), meeting(2, 'early', 'working'), meeting(3, 'early', 'working'), meeting(0, 'working', 'night')]);
    expect(t.streak).toEqual({ side: 'mentee', count: 2, kind: 'early' });
    expect(t.nextBearer).toBe('mentor');
  });

  it('on equal totals without a streak: the side that did not bear the latest one-sided meeting, else the mentor', () => {
    expect(fairnessTally([meeting(1, 'late', 'working'), meeting(2, 'working', 'working'), meeting(3, 'night', 'night'), meeting(0, 'working', 'early')]).nextBearer).toBe('mentor');
    expect(fairnessTally([meeting(1, 'working', 'late'), meeting(2, 'night', 'night'), meeting(0, 'early', 'working')]).nextBearer).toBe('mentee');
    expect(fairnessTally([meeting(1, 'night', 'early')]).nextBearer).toBe('mentor');
  });
});
