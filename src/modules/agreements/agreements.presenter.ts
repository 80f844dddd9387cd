import type { PairSide } from '../../db/schema';
import type { AgreementVersionRow } from './agreements.repository';
import { AGREEMENT_FIELDS, type AgreementVersionView, type AgreementView } from './agreements.schemas';

type Fields = Pick<AgreementVersionView, (typeof AGREEMENT_FIELDS)[number]>;

export function versionFields(v: AgreementVersionRow): Fields {
  return {
    goals: v.goals,
    meetingFrequency: v.meeting_frequency,
    meetingLengthMinutes: Number(v.meeting_length_minutes),
    channels: JSON.parse(v.channels) as Fields['channels'],
    confidentiality: v.confidentiality,
    endsOn: v.ends_on,
  };
}

/** Field names whose values differ between two versions' contents. */
export function changedFields(before: Fields | null, after: Fields): (typeof AGREEMENT_FIELDS)[number][] {
  return AGREEMENT_FIELDS.filter((f) => !before || JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

export const isAgreed = (v: AgreementVersionRow) => v.mentee_confirmed_at !== null && v.mentor_confirmed_at !== null;

/** One version, with what changed since the one before it (`previous`, null for version 1). */
export function presentVersion(v: AgreementVersionRow, previous: AgreementVersionRow | null): AgreementVersionView {
  const fields = versionFields(v);
  return {
    version: Number(v.version),
    ...fields,
    createdAt: v.created_at,
    confirmedAt: { mentee: v.mentee_confirmed_at, mentor: v.mentor_confirmed_at },
    agreed: isAgreed(v),
    changed: changedFields(previous ? versionFields(previous) : null, fields),
  };
}

/** Every version, newest first (as the repository lists them). */
export function presentVersions(rows: AgreementVersionRow[]): AgreementVersionView[] {
  return rows.map((v, i) => presentVersion(v, rows[i + 1] ?? null));
}

/** The current version, the one in force, and who still has to confirm. */
export function presentAgreement(rows: AgreementVersionRow[], viewerSide: PairSide): AgreementView {
  const versions = presentVersions(rows);
  const current = versions[0] ?? null;
  const awaiting: PairSide[] = current ? (['mentee', 'mentor'] as const).filter((s) => current.confirmedAt[s] === null) : [];
  return { current, agreed: versions.find((v) => v.agreed) ?? null, awaiting, viewerSide };
}
