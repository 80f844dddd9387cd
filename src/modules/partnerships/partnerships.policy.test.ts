import { describe, expect, it } from 'vitest';
import type { MembershipStatus, Role } from '../../db/schema';
import { decidePartnership, decideRequest, type RequestAction } from './partnerships.policy';

const pair = { mentee_user_id: 'mentee', mentee_status: 'active' as MembershipStatus, mentor_user_id: 'mentor', mentor_status: 'active' as MembershipStatus };
const admin: { role: Role; status: MembershipStatus }[] = [{ role: 'admin', status: 'active' }];

describe('decideRequest', () => {
  it.each<[RequestAction, string, string]>([
    ['accept', 'mentor', 'allow'],
    ['decline', 'mentor', 'allow'],
    ['accept', 'mentee', 'deny'],
    ['decline', 'mentee', 'deny'],
    ['withdraw', 'mentee', 'allow'],
    ['edit', 'mentee', 'allow'],
    ['withdraw', 'mentor', 'deny'],
    ['edit', 'mentor', 'deny'],
    ['accept', 'someone', 'hide'],
    ['withdraw', 'someone', 'hide'],
  ])('%s by %s: %s', (action, user, verdict) => {
    expect(decideRequest(user, pair, action)).toBe(verdict);
  });

  it('treats a removed member as a stranger to their old requests', () => {
    expect(decideRequest('mentor', { ...pair, mentor_status: 'removed' }, 'accept')).toBe('hide');
    expect(decideRequest('mentee', { ...pair, mentee_status: 'removed' }, 'withdraw')).toBe('hide');
    expect(decideRequest('mentor', { ...pair, mentor_status: 'paused' }, 'decline')).toBe('allow');
  });
});

describe('decidePartnership', () => {
  it('shows a partnership to the pair and the program’s current admins only', () => {
    expect(decidePartnership('mentee', pair, [])).toBe('allow');
    expect(decidePartnership('mentor', pair, [])).toBe('allow');
    expect(decidePartnership('admin', pair, admin)).toBe('allow');
    expect(decidePartnership('admin', pair, [{ role: 'admin', status: 'paused' }])).toBe('allow');
    expect(decidePartnership('admin', pair, [{ role: 'admin', status: 'removed' }])).toBe('hide');
    expect(decidePartnership('other', pair, [{ role: 'mentee', status: 'active' }])).toBe('hide');
    expect(decidePartnership('mentee', { ...pair, mentee_status: 'removed' }, [])).toBe('hide');
  });
});
