import { parse } from 'csv-parse/sync';
import { AppError } from '../../server/errors';
import { email as emailSchema } from '../accounts/accounts.schemas';

export const MAX_IMPORT_ROWS = 5000;
const COLUMNS = ['email', 'name', 'role'] as const;

export interface CsvInvitee {
  /** 1 is the first data row; the header is not counted. */
  row: number;
  email: string;
  name: string;
  role: 'mentor' | 'mentee';
}

export interface RowError {
  row: number;
  field: string;
  message: string;
}

const unreadable = (message: string) => AppError.field('validation_failed', 'csv', message);

function readRecords(text: string): string[][] {
  try {
    // Blank lines stay in as records so rows keep the numbers a spreadsheet shows; they are skipped later.
    return parse(text, { bom: true, trim: true, relax_column_count: true });
  } catch (err) {
    throw unreadable(`The CSV could not be read: ${String((err as Error).message).slice(0, 200)}`);
  }
}

/** Column positions from the header row, whatever their order and case. */
function columnsOf(header: string[]): Record<(typeof COLUMNS)[number], number> {
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    throw unreadable(
      `The first row must be a header naming the columns email, name and role (in any order). Missing: ${missing.join(', ')}.`,
    );
  }
  return { email: names.indexOf('email'), name: names.indexOf('name'), role: names.indexOf('role') };
}

/**
 * Reads an invitation CSV (header email,name,role in any order; BOM and CRLF
 * tolerated). Row 1 is the first line after the header; blank lines are
 * skipped but still counted, so numbers match the person's spreadsheet. A file that cannot be read or has no proper header throws a 400;
 * a bad row only adds errors for that row, so the others still go through.
 */
export function parseInvitationCsv(text: string): { invitees: CsvInvitee[]; errors: RowError[] } {
  const blank = (record: string[]) => record.every((field) => field === '');
  const all = readRecords(text);
  const headerAt = all.findIndex((r) => !blank(r));
  if (headerAt < 0) throw unreadable('The CSV is empty: it needs a header row (email,name,role) and one row per person.');
  const col = columnsOf(all[headerAt]!);
  const records = all.slice(headerAt + 1);
  const count = records.filter((r) => !blank(r)).length;
  if (count > MAX_IMPORT_ROWS) {
    throw unreadable(`The CSV has ${count} rows; import at most ${MAX_IMPORT_ROWS} at a time.`);
  }
  const invitees: CsvInvitee[] = [];
  const errors: RowError[] = [];
  const firstRowOf = new Map<string, number>();
  records.forEach((record, i) => {
    if (blank(record)) return;
    const row = i + 1;
    const before = errors.length;
    const rawEmail = record[col.email] ?? '';
    const parsedEmail = emailSchema.safeParse(rawEmail);
    if (!parsedEmail.success) {
      errors.push({ row, field: 'email', message: rawEmail ? `“${rawEmail.slice(0, 100)}” is not a valid email address.` : 'The email is missing.' });
    } else if (firstRowOf.has(parsedEmail.data)) {
      errors.push({ row, field: 'email', message: `This email is already on row ${firstRowOf.get(parsedEmail.data)}.` });
    } else {
      firstRowOf.set(parsedEmail.data, row);
    }
    const name = record[col.name] ?? '';
    if (!name) errors.push({ row, field: 'name', message: 'The name is missing.' });
    else if (name.length > 120) errors.push({ row, field: 'name', message: 'The name is longer than 120 characters.' });
    const role = (record[col.role] ?? '').toLowerCase();
    if (role !== 'mentor' && role !== 'mentee') {
      errors.push({ row, field: 'role', message: 'The role must be mentor or mentee.' });
    }
    if (errors.length === before && parsedEmail.success && (role === 'mentor' || role === 'mentee')) {
      invitees.push({ row, email: parsedEmail.data, name, role });
    }
  });
  return { invitees, errors };
}
