import { describe, expect, it } from 'vitest';
import type { AppError } from '../../server/errors';
import { MAX_IMPORT_ROWS, parseInvitationCsv } from './invitation-csv';

const readError = (csv: string): AppError => {
  try {
    parseInvitationCsv(csv);
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected the CSV to be refused');
};

describe('parseInvitationCsv', () => {
  it('reads columns in any order and case, ignores extra ones, and tolerates a BOM, CRLF and spaces', () => {
    const { invitees, errors } = parseInvitationCsv('\uFEFF Role ,Team,EMAIL,Name\r\nMENTOR,x, Ana@Example.org , Ana Lima \r\n');
    expect(errors).toEqual([]);
    expect(invitees).toEqual([{ row: 1, email: 'ana@example.org', name: 'Ana Lima', role: 'mentor' }]);
  });

  it('numbers rows like a spreadsheet below its header: blank lines count, quoted line breaks do not', () => {
    const csv = 'email,name,role\n\na@x.org,"Line\nbreak",mentee\n,,\nb@x.org,B,mentor';
    expect(parseInvitationCsv(csv).invitees.map((i) => [i.row, i.email])).toEqual([
      [2, 'a@x.org'],
      [4, 'b@x.org'],
    ]);
  });

  it('reports every problem of a row, and later repeats of an email', () => {
    const csv = ['email,name,role', 'bad,,boss', 'c@x.org,C,mentee', 'C@X.org,C2,mentor', `d@x.org,${'n'.repeat(121)},mentee`].join('\n');
    const { invitees, errors } = parseInvitationCsv(csv);
    expect(invitees.map((i) => i.row)).toEqual([2]);
    expect(errors).toEqual([
      { row: 1, field: 'email', message: '“bad” is not a valid email address.' },
      { row: 1, field: 'name', message: 'The name is missing.' },
      { row: 1, field: 'role', message: 'The role must be mentor or mentee.' },
      { row: 3, field: 'email', message: 'This email is already on row 2.' },
      { row: 4, field: 'name', message: 'The name is longer than 120 characters.' },
    ]);
  });

  it('refuses a file without a proper header, an unreadable one, an empty one, or one too long', () => {
    expect(readError('a@x.org,A,mentee').message).toMatch(/Missing: email, name, role/);
    expect(readError('   \n').message).toMatch(/empty/);
    expect(readError('email,name,role\n"a@x.org,A,mentee').fields).toEqual([{ path: 'csv', message: expect.stringMatching(/could not be read/) }]);
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `p${i}@x.org,P,mentee`);
    expect(readError(['email,name,role', ...rows].join('\n')).code).toBe('validation_failed');
    expect(parseInvitationCsv(['email,name,role', ...rows.slice(1), '', ''].join('\n')).invitees).toHaveLength(MAX_IMPORT_ROWS);
    expect(parseInvitationCsv('email,name,role\n')).toEqual({ invitees: [], errors: [] });
  });
});
