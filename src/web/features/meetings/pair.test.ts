import { describe, expect, it } from 'vitest';
import type { Partnership } from '../../lib/contracts';
import { othersOf, pairOf } from './pair';

const partnership = {
  id: 'p1',
  mentee: { membershipId: 'm1', name: 'Rania', timeZone: 'Asia/Beirut' },
  mentor: { membershipId: 'm2', name: 'Sam', timeZone: 'America/Los_Angeles' },
} as Partnership;

describe('the pair beside the viewer', () => {
  it('puts the other person’s clock beside mine, or both beside an admin’s', () => {
    expect(othersOf(pairOf(partnership, 'mentee'))).toEqual(['mentor']);
    expect(othersOf(pairOf(partnership, 'mentor'))).toEqual(['mentee']);
    expect(othersOf(pairOf(partnership, null))).toEqual(['mentee', 'mentor']);
  });
});
