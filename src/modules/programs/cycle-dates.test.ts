import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleDateErrors } from './cycle-dates';

const ok = { enrolmentOpensOn: '2027-01-01', matchingStartsOn: '2027-01-10', mentoringStartsOn: '2027-02-01', closesOn: '2027-06-01' };

describe('cycleDateErrors', () => {
  it('accepts ordered dates, with equal first three but a later close', () => {
    expect(cycleDateErrors(ok)).toEqual([]);
    expect(cycleDateErrors({ ...ok, matchingStartsOn: ok.enrolmentOpensOn, mentoringStartsOn: ok.enrolmentOpensOn })).toEqual([]);
    expect(cycleDateErrors({ ...ok, closesOn: ok.mentoringStartsOn }).map((e) => e.path)).toEqual(['closesOn']);
  });

  it('blames the later field, or the earlier one when only that one was changed', () => {
    const late = { ...ok, enrolmentOpensOn: '2027-01-20' };
    expect(cycleDateErrors(late).map((e) => e.path)).toEqual(['matchingStartsOn']);
    expect(cycleDateErrors(late, new Set(['enrolmentOpensOn'])).map((e) => e.path)).toEqual(['enrolmentOpensOn']);
    expect(cycleDateErrors(late, new Set(['enrolmentOpensOn', 'matchingStartsOn'])).map((e) => e.path)).toEqual(['matchingStartsOn']);
  });

  it('finds no error exactly when the dates are in order (property)', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, day, (a, b, c, d) => {
        const inOrder = a <= b && b <= c && c < d;
        const dates = { enrolmentOpensOn: a, matchingStartsOn: b, mentoringStartsOn: c, closesOn: d };
        expect(cycleDateErrors(dates).length === 0).toBe(inOrder);
      }),
    );
  });
});
