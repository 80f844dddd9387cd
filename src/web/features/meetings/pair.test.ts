import { describe, expect, it } from 'vitest';
import type { Partnership } from '../../lib/contracts';
import { othersOf, pairOf, viewerSideOf } from './pair';

const partnership = {
  id: 'p1',
  mentee: { membershipId: 'm1', name: 'Rania', timeZone: 'Asia/Beirut' },
  mentor: { membershipId: 'm2', name: 'Sam', timeZone: 'America/Los_Angeles' },
} as Partnership;

describe('which side of a pair the viewer is on', () => {
  it('trusts a meeting first, then the single role held in the program', () => {
    expect(viewerSideOf(partnership, ['mentee'], 'Sam', 'mentor')).toBe('mentor');
    expect(viewerSideOf(partnership, ['mentee'], undefined, null)).toBe('mentee');
    expect(viewerSideOf(partnership, ['mentor', 'admin'], undefined, undefined)).toBe('mentor');
  });

  it('tells the two roles apart by name, and leaves an admin looking on with no side', () => {
    expect(viewerSideOf(partnership, ['mentee', 'mentor'], 'Sam', null)).toBe('mentor');
    expect(viewerSideOf(partnership, ['mentee', 'mentor'], 'Someone else', null)).toBeNull();
    expect(viewerSideOf(partnership, ['admin'], 'Ana', null)).toBeNull();
  });

  it('puts the other person’s clock beside mine, or both beside an admin’s', () => {
    expect(othersOf(pairOf(partnership, 'mentee'))).toEqual(['mentor']);
    expect(othersOf(pairOf(partnership, 'mentor'))).toEqual(['mentee']);
    expect(othersOf(pairOf(partnership, null))).toEqual(['mentee', 'mentor']);
  });
});
