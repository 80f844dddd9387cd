import type { WeeklyWindow } from '../../core/time/types';
import { cityById } from './cities';
import type { ParticipantRow, ProfileRow } from './profiles.repository';
import { COMPLETENESS_ITEMS, type Channel, type ProfileView } from './profiles.schemas';

type Item = (typeof COMPLETENESS_ITEMS)[number];

export const parseJsonArray = <T>(text: string | null | undefined): T[] => (text ? (JSON.parse(text) as T[]) : []);

/** What a profile still lacks for good matches; capacity only counts for mentors. */
export function completeness(role: 'mentor' | 'mentee', p: ProfileRow | undefined, topicCount: number) {
  const has: Record<Item, boolean> = {
    headline: !!p?.headline,
    bio: !!p?.bio,
    topics: topicCount > 0,
    languages: parseJsonArray(p?.languages).length > 0,
    city: !!p?.city_id,
    availability: parseJsonArray(p?.availability).length > 0,
    channels: parseJsonArray(p?.channels).length > 0,
    capacity: role === 'mentee' || (p?.capacity ?? 0) > 0,
  };
  const items = COMPLETENESS_ITEMS.filter((i) => role === 'mentor' || i !== 'capacity');
  const missing = items.filter((i) => !has[i]);
  return { percent: Math.round((100 * (items.length - missing.length)) / items.length), missing };
}

export interface PresentOptions {
  /** The owner sees everything; others never see the mentee block. */
  isOwner: boolean;
  /** The partner sees accessibility needs only when the mentee consented. */
  isPartner: boolean;
  activeMentees: number;
  programTopicKeys: ReadonlySet<string>;
}

export function presentProfile(
  m: ParticipantRow,
  p: ProfileRow | undefined,
  topics: { topic: string; label: string }[],
  o: PresentOptions,
): ProfileView {
  const role = m.role as 'mentor' | 'mentee';
  const city = p?.city_id ? cityById(p.city_id) : undefined;
  const sharesNeeds = role === 'mentee' && p?.share_accessibility === 1 && !!p.accessibility_needs;
  return {
    membershipId: m.membership_id,
    programId: m.program_id,
    userId: m.user_id,
    role,
    name: m.name,
    timeZone: m.time_zone,
    headline: p?.headline ?? '',
    bio: p?.bio ?? '',
    topics: topics.map((t) => ({ ...t, fromTaxonomy: o.programTopicKeys.has(t.topic) })),
    languages: parseJsonArray<string>(p?.languages),
    city: city
      ? {
          id: city.id,
          name: city.name,
          province: city.province,
          country: city.country,
          countryName: city.countryName,
          latitude: city.latitude,
          longitude: city.longitude,
          timeZone: city.timeZone,
        }
      : null,
    availability: parseJsonArray<WeeklyWindow>(p?.availability),
    channels: parseJsonArray<Channel>(p?.channels),
    mentor:
      role === 'mentor'
        ? {
            capacity: p?.capacity ?? 0,
            activeMentees: o.activeMentees,
            preferences: {
              languages: parseJsonArray<string>(p?.pref_languages),
              maxZoneGapHours: p?.max_zone_gap_hours ?? null,
              openToInPerson: p?.open_to_in_person === 1,
            },
          }
        : null,
    mentee:
      role === 'mentee' && o.isOwner
        ? { accessibilityNeeds: p?.accessibility_needs ?? '', shareAccessibilityNeeds: p?.share_accessibility === 1 }
        : null,
    accessibilityNeeds: sharesNeeds && (o.isOwner || o.isPartner) ? p.accessibility_needs : null,
    completeness: completeness(role, p, topics.length),
    updatedAt: p?.updated_at ?? null,
  };
}
