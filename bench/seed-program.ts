import type { Db } from '../src/db/database';
import type { MatchMentor, MatchPerson } from '../src/core/matching/types';
import { insertMemberships, insertProgram, insertUsers } from '../src/modules/demo/demo.repository';
import { replaceTopics, upsertProfile } from '../src/modules/profiles/profiles.repository';
import type { Actor } from '../src/modules/accounts/actor';
import { newId } from '../src/server/ids';

/** Writes a synthetic cohort into a program through the app's repositories; returns the mentees' actors. */
export async function seedProgram(database: Db, cohort: { mentees: MatchPerson[]; mentors: MatchMentor[] }): Promise<{ programId: string; mentees: Actor[] }> {
  const now = new Date().toISOString();
  const programId = newId();
  const people = [...cohort.mentees.map((p) => ({ p, role: 'mentee' as const })), ...cohort.mentors.map((p) => ({ p, role: 'mentor' as const }))];
  const rows = people.map(({ p, role }) => ({ p, role, userId: newId(), membershipId: newId() }));
  await database.db.transaction().execute(async (trx) => {
    await insertUsers(
      trx,
      rows.map(({ p, userId }) => ({
        id: userId,
        email: `${p.id}-${userId.slice(0, 8)}@bench.test`,
        name: `Person ${p.id}`,
        password_hash: 'not-used',
        time_zone: p.timeZone,
        locale: 'en',
        a11y_screen_reader: 0,
        a11y_reduced_motion: 0,
        a11y_captions: 0,
        prefers_async: 0,
        created_at: now,
        updated_at: now,
      })),
    );
    await insertProgram(trx, { id: programId, name: 'Benchmark', description: '', created_by: rows[0]!.userId, created_at: now, updated_at: now });
    await insertMemberships(
      trx,
      rows.map(({ role, userId, membershipId }) => ({ id: membershipId, program_id: programId, user_id: userId, role, status: 'active' as const, created_at: now, updated_at: now })),
    );
    for (const { p, role, userId, membershipId } of rows) {
      const m = role === 'mentor' ? (p as MatchMentor) : undefined;
      await upsertProfile(trx, {
        membership_id: membershipId,
        program_id: programId,
        user_id: userId,
        headline: '',
        bio: '',
        city_id: p.cityId,
        city_name: p.cityId,
        country: p.country,
        latitude: p.latitude,
        longitude: p.longitude,
        languages: JSON.stringify(p.languages),
        channels: '["video"]',
        availability: JSON.stringify(p.availability),
        capacity: m?.capacity ?? 0,
        pref_languages: JSON.stringify(m?.preferences.languages ?? []),
        max_zone_gap_hours: m?.preferences.maxZoneGapHours ?? null,
        open_to_in_person: m?.preferences.openToInPerson ? 1 : 0,
        accessibility_needs: '',
        share_accessibility: 0,
        created_at: now,
        updated_at: now,
      });
      await replaceTopics(trx, membershipId, p.topics.map((topic) => ({ topic, label: topic })));
    }
  });
  const mentees = rows
    .filter((r) => r.role === 'mentee')
    .map(({ p, userId }): Actor => ({ userId, email: '', name: p.id, timeZone: p.timeZone, locale: 'en', via: 'session' }));
  return { programId, mentees };
}
