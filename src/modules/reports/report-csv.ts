import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { REPORT_TABLES, type ReportView } from './report.schemas';

// The report as spreadsheets: one CSV per table, and a zip of them all (decision 0013).

export type ReportTable = (typeof REPORT_TABLES)[number];
type Cell = string | number | null;
interface Sheet {
  header: string[];
  rows: Cell[][];
}

const CLASS_LABELS = { 'same-city': 'Same city', 'same-country': 'Same country', 'near-zone': 'Near time zone', 'far-zone': 'Far time zone' } as const;
const MEASURE_LABELS = {
  meetingsPerMonth: 'Meetings per month',
  minutesPerMonth: 'Minutes per month',
  satisfaction: 'Satisfaction (1–5)',
  goodFit: 'Good fit (share)',
  recommend: 'Would recommend (0–10)',
} as const;

function sheetOf(r: ReportView, table: ReportTable): Sheet {
  switch (table) {
    case 'enrolment':
      return {
        header: ['Role', 'Active', 'Paused', 'Removed', 'Joined in range', 'In a partnership'],
        rows: r.enrolment.map((e) => [e.role, e.active, e.paused, e.removed, e.joinedInRange, e.inPartnership]),
      };
    case 'matching':
      return {
        header: ['Distance class', 'Mentees joined', 'Matched', 'Median days to match', 'Matched within 14 days (share)'],
        rows: [
          ['All', r.matching.mentees, r.matching.matched, r.matching.medianDaysToMatch, r.matching.matchedWithin14Days],
          ...r.matching.byClass.map((c): Cell[] => [CLASS_LABELS[c.distanceClass], null, c.matched, c.medianDaysToMatch, null]),
        ],
      };
    case 'requests':
      return {
        header: ['Distance class', 'Open requests', 'Median age (days)', 'Older than 7 days', 'Oldest (days)'],
        rows: [
          ['All', r.requests.open, r.requests.medianAgeDays, r.requests.olderThan7Days, r.requests.oldestDays],
          ...r.requests.byClass.map((c): Cell[] => [CLASS_LABELS[c.distanceClass], c.open, c.medianAgeDays, null, null]),
        ],
      };
    case 'partnerships': {
      const p = r.partnerships;
      return {
        header: ['Distance class', 'Total', 'Active', 'Completed', 'Ended early', 'Share of pairs'],
        rows: [
          ['All', p.total, p.active, p.completed, p.endedEarly, p.total ? 1 : null],
          ...p.byClass.map((c): Cell[] => [CLASS_LABELS[c.distanceClass], c.total, c.active, c.completed, c.endedEarly, c.share]),
        ],
      };
    }
    case 'end-reasons':
      return { header: ['Reason', 'Pairs', 'At a distance'], rows: r.partnerships.endReasons.map((e) => [e.reason, e.count, e.atDistance]) };
    case 'measures':
      return {
        header: ['Measure', 'Group', 'Pairs', 'Mean', 'Difference (distance − local)', 'Low (95 %)', 'High (95 %)'],
        rows: r.measures.flatMap((m) => {
          const d = m.difference;
          const row = (group: string, s: { pairs: number; mean: number | null }, diff = false): Cell[] => [
            MEASURE_LABELS[m.key], group, s.pairs, s.mean, diff && d ? d.estimate : null, diff && d ? d.low : null, diff && d ? d.high : null,
          ];
          return [
            row('All pairs', m.overall),
            ...m.byClass.map((c) => row(CLASS_LABELS[c.distanceClass], c)),
            row('Local (same city)', m.local),
            row('Distance (all others)', m.distance, true),
          ];
        }),
      };
    case 'minutes-by-channel':
      return {
        header: ['Channel', 'Minutes', 'Preparation minutes', 'Per pair', ...Object.values(CLASS_LABELS).map((l) => `Per pair, ${l.toLowerCase()}`)],
        rows: r.minutesByChannel.map((c) => [c.channel, c.minutes, c.preparationMinutes, c.perPair, ...c.byClass.map((b) => b.perPair)]),
      };
    case 'fit-checks':
      return {
        header: ['Submitted at', 'Mentee', 'Mentor', 'Answered by', 'Partnership status', 'Rematch offered at', 'Partnership id'],
        rows: r.fitChecks.alerts.map((a) => [a.submittedAt, a.menteeName, a.mentorName, a.side, a.partnershipStatus, a.rematchOfferedAt, a.partnershipId]),
      };
    case 'stalled':
      return {
        header: ['Mentee', 'Mentor', 'Distance class', 'Started at', 'Last contact at', 'Days quiet', 'Last nudged at', 'Partnership id'],
        rows: r.stalled.map((s) => [s.menteeName, s.mentorName, CLASS_LABELS[s.distanceClass], s.startedAt, s.lastContactAt, s.daysQuiet, s.lastNudgedAt, s.partnershipId]),
      };
  }
}

/** A spreadsheet runs a cell that starts like a formula; a leading apostrophe makes it text (OWASP's CSV injection advice). */
const defuse = (cell: Cell): Cell => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

export function reportCsv(report: ReportView, table: ReportTable): string {
  const { header, rows } = sheetOf(report, table);
  return stringify([header, ...rows].map((row) => row.map(defuse)), { bom: false, record_delimiter: 'windows' });
}

export const reportFileName = (report: ReportView, table: ReportTable | null, ext: 'csv' | 'zip') =>
  `meridian-report-${table ? `${table}-` : ''}${report.range.from}-${report.range.to}.${ext}`;

function readme(r: ReportView): string {
  return [
    'Meridian program report',
    '',
    `Program: ${r.programId}`,
    `Range: ${r.range.from} to ${r.range.to}${r.range.cycleName ? ` (cycle "${r.range.cycleName}")` : ''}`,
    `Distance class: ${r.filters.distance ?? 'all'}`,
    `Side: ${r.filters.role ?? 'both'}`,
    `Generated at: ${r.generatedAt}`,
    '',
    'One CSV per table. Local pairs are those in the same city; all others are distance pairs.',
    'Differences are distance minus local, with Welch\'s 95 % interval; empty when either side has fewer than 2 pairs.',
    '',
  ].join('\r\n');
}

/** Every table's CSV and a README.txt naming the range and filters, zipped. */
export function reportZip(report: ReportView): Uint8Array {
  const files: Record<string, Uint8Array> = { 'README.txt': strToU8(readme(report)) };
  for (const table of REPORT_TABLES) files[reportFileName(report, table, 'csv')] = strToU8(reportCsv(report, table));
  return zipSync(files);
}
