import { describe, expect, it } from 'vitest';
import { renderReasons } from './reasons';

const viewer = { locale: 'en', timeZone: 'Europe/London', who: 'mentee' as const };
const distance = (zoneGapHours: number, distanceClass: 'near-zone' | 'far-zone') =>
  renderReasons([{ kind: 'distance', distanceClass, zoneGapHours, city: null, country: null, inPerson: false }], viewer)[0]!.text;

describe('reason wording', () => {
  it('counts zone gaps in the right grammatical number', () => {
    expect(distance(0, 'near-zone')).toBe('Same time zone');
    expect(distance(1, 'near-zone')).toBe('Time zones 1 hour apart');
    expect(distance(2.5, 'near-zone')).toBe('Time zones 2.5 hours apart');
    expect(distance(10, 'far-zone')).toBe('Time zones 10 hours apart: one side meets early or late');
  });

  it('words capacity and goals for the mentee reading them', () => {
    const [capacity, topics] = renderReasons(
      [
        { kind: 'capacity', remaining: 1 },
        { kind: 'topics', covered: 0, total: 2, labels: [] },
      ],
      viewer,
    );
    expect(capacity!.text).toBe('Has room for one more mentee');
    expect(topics!.text).toBe('Covers none of your goals');
  });
});
