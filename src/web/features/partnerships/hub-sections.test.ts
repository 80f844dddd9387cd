import { describe, expect, it } from 'vitest';
import { hubPath, sectionOf } from './hub-sections';

describe('the partnership hub’s sections', () => {
  it('opens on the conversation and names each section by its address', () => {
    expect(hubPath('p1')).toBe('/partnerships/p1');
    expect(hubPath('p1', 'goals')).toBe('/partnerships/p1/goals');
    expect(sectionOf('/partnerships/p1').key).toBe('messages');
    expect(sectionOf('/partnerships/p1/').key).toBe('messages');
    expect(sectionOf('/partnerships/p1/time').key).toBe('time');
    expect(sectionOf('/partnerships/p1/ending').headingId).toBe('ending-title');
  });

  it('reads an unknown address as the conversation', () => {
    expect(sectionOf('/partnerships/p1/nowhere').key).toBe('messages');
  });
});
