import { describe, expect, it } from 'vitest';
import type { MembershipStatus, Role } from '../../db/schema';
import { decide, type ProgramAction } from './programs.policy';

const m = (role: Role, status: MembershipStatus = 'active') => ({ role, status });
const actions: ProgramAction[] = ['view', 'edit', 'manageCycles', 'invite', 'manageMembers'];

describe('program policy', () => {
  it.each([
    ['a stranger', [], 'hide', 'hide'],
    ['a removed admin', [m('admin', 'removed')], 'hide', 'hide'],
    ['a mentee', [m('mentee')], 'allow', 'deny'],
    ['a paused mentor', [m('mentor', 'paused')], 'allow', 'deny'],
    ['a paused admin', [m('admin', 'paused')], 'allow', 'deny'],
    ['an admin', [m('admin')], 'allow', 'allow'],
    ['an admin who also mentors', [m('mentor'), m('admin')], 'allow', 'allow'],
    ['a mentor once admin', [m('admin', 'removed'), m('mentor')], 'allow', 'deny'],
  ] as const)('%s: view → %s, admin actions → %s', (_who, memberships, view, manage) => {
    for (const action of actions) {
      expect(decide([...memberships], action)).toBe(action === 'view' ? view : manage);
    }
  });
});
