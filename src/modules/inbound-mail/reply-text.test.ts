import { describe, expect, it } from 'vitest';
import { replyText } from './reply-text';

describe('replyText', () => {
  it('keeps a plain reply as it is, trimmed', () => {
    expect(replyText('  Thanks, Tuesday works.\n\nSee you then!\n\n')).toBe('Thanks, Tuesday works.\n\nSee you then!');
  });

  it('drops Gmail’s "On … wrote:" and the quote below it, also when the line is wrapped', () => {
    expect(replyText('Yes please.\n\nOn Tue, 24 Nov 2026 at 09:00, Lina <lina@example.org> wrote:\n> Could we talk?\n')).toBe('Yes please.');
    expect(replyText('Yes please.\n\nOn Tue, 24 Nov 2026 at 09:00, Lina Haddad <lina@example.org>\nwrote:\n> Could we talk?')).toBe('Yes please.');
    expect(replyText('Oui.\n\nLe mar. 24 nov. 2026 à 09:00, Lina <lina@example.org> a écrit :\n> Bonjour')).toBe('Oui.');
  });

  it('drops lines quoted with ">" and everything after them', () => {
    expect(replyText('Sure.\r\n> earlier\r\n> words\r\n')).toBe('Sure.');
  });

  it('drops the "-- " signature and mobile footers', () => {
    expect(replyText('See you Tuesday.\n\n-- \nMaya Chen\nStaff Engineer')).toBe('See you Tuesday.');
    expect(replyText('See you Tuesday.\n\nSent from my iPhone')).toBe('See you Tuesday.');
    expect(replyText('Ok!\nGet Outlook for Android')).toBe('Ok!');
  });

  it('drops Outlook’s header block and "-----Original Message-----"', () => {
    expect(replyText('Works for me.\n\nFrom: Meridian <no-reply@meridian.test>\nSent: Tuesday, November 24, 2026 9:00 AM\nTo: Maya\nSubject: Lina sent you a message\n\nHello')).toBe('Works for me.');
    expect(replyText('Works for me.\n\n-----Original Message-----\nFrom: Meridian\nHello')).toBe('Works for me.');
    expect(replyText('Works for me.\n________________________________\nFrom: Meridian')).toBe('Works for me.');
  });

  it('keeps ordinary lines that only look a bit like markers', () => {
    const text = 'From: my side, the plan is fine.\nI wrote: a draft yesterday.\nOn Monday we start -- finally.';
    expect(replyText(text)).toBe(text);
  });

  it('is empty when only quoted history is left', () => {
    expect(replyText('\n\nOn Tue, 24 Nov 2026, Lina wrote:\n> hi')).toBe('');
    expect(replyText('')).toBe('');
  });
});
