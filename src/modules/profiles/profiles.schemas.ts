import { z } from 'zod';
import { timeZone } from '../accounts/accounts.schemas';

export const CHANNELS = ['video', 'phone', 'chat', 'email', 'in-person'] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

/** A BCP 47 language tag, canonicalised by the runtime's Intl (en-us → en-US). */
export const languageTag = z
  .string()
  .min(2)
  .max(35)
  .transform((tag, ctx) => {
    try {
      return Intl.getCanonicalLocales(tag)[0]!;
    } catch {
      ctx.addIssue({ code: 'custom', message: `“${tag}” is not a BCP 47 language tag (such as en, ar or pt-BR).` });
      return z.NEVER;
    }
  });

const clock = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
export const weeklyWindowSchema = z.object({
  weekday: z.number().int().min(1, 'Weekday is 1 (Monday) to 7 (Sunday).').max(7, 'Weekday is 1 (Monday) to 7 (Sunday).') as z.ZodType<1 | 2 | 3 | 4 | 5 | 6 | 7>,
  start: z.string().regex(clock, 'Use HH:MM, 00:00 to 23:59.'),
  end: z.string().regex(clock, 'Use HH:MM, up to 24:00.'),
});

export const topicSchema = z.object({ topic: z.string(), label: z.string(), fromTaxonomy: z.boolean() });

export const citySchema = z.object({
  id: z.string(),
  name: z.string(),
  province: z.string(),
  country: z.string(),
  countryName: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  timeZone: z.string(),
});

export const COMPLETENESS_ITEMS = ['headline', 'bio', 'topics', 'languages', 'city', 'availability', 'channels', 'capacity'] as const;

export const profileSchema = z.object({
  membershipId: z.string(),
  programId: z.string(),
  userId: z.string(),
  role: z.enum(['mentor', 'mentee']),
  name: z.string(),
  timeZone: z.string(),
  headline: z.string(),
  bio: z.string(),
  /** Expertise for a mentor, goals for a mentee. */
  topics: z.array(topicSchema),
  languages: z.array(z.string()),
  city: citySchema.nullable(),
  availability: z.array(weeklyWindowSchema),
  channels: z.array(channelSchema),
  mentor: z
    .object({
      capacity: z.number().int(),
      activeMentees: z.number().int(),
      preferences: z.object({
        languages: z.array(z.string()),
        maxZoneGapHours: z.number().int().nullable(),
        openToInPerson: z.boolean(),
      }),
    })
    .nullable(),
  /** Only the owner sees this; the partner sees `accessibilityNeeds` when the mentee consents. */
  mentee: z.object({ accessibilityNeeds: z.string(), shareAccessibilityNeeds: z.boolean() }).nullable(),
  accessibilityNeeds: z.string().nullable(),
  completeness: z.object({ percent: z.number().int(), missing: z.array(z.enum(COMPLETENESS_ITEMS)) }),
  updatedAt: z.string().nullable(),
});
export type ProfileView = z.infer<typeof profileSchema>;

export const updateProfileBody = z
  .object({
    headline: z.string().trim().max(140),
    bio: z.string().trim().max(4000),
    topics: z.array(z.string().trim().min(1, 'A topic cannot be empty.').max(60)).max(20, 'At most 20 topics.'),
    languages: z.array(languageTag).min(1, 'Name at least one language you can mentor in.').max(10),
    cityId: z.string().max(200).nullable(),
    /** The owner's IANA zone; when left out and the city changes, the city's zone is taken. */
    timeZone: timeZone.optional(),
    availability: z.array(weeklyWindowSchema).max(50, 'At most 50 windows a week.'),
    channels: z.array(channelSchema).max(CHANNELS.length),
    mentor: z
      .object({
        capacity: z.number().int().min(0).max(20),
        preferences: z.object({
          languages: z.array(languageTag).max(10),
          maxZoneGapHours: z.number().int().min(0).max(14).nullable(),
          openToInPerson: z.boolean(),
        }),
      })
      .strict()
      .optional(),
    mentee: z
      .object({ accessibilityNeeds: z.string().trim().max(2000), shareAccessibilityNeeds: z.boolean() })
      .strict()
      .optional(),
  })
  .strict();
export type UpdateProfileInput = z.infer<typeof updateProfileBody>;

export const programParams = z.object({ programId: z.string().uuid() });
export const membershipParams = z.object({ membershipId: z.string().uuid() });
export const profileResponse = z.object({ profile: profileSchema });

export const citiesQuery = z.object({
  q: z.string().trim().min(1, 'Type part of a city name.').max(100),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const citiesResponse = z.object({ cities: z.array(citySchema) });

export const topicsBody = z.object({
  topics: z.array(z.string().trim().min(1).max(60)).max(200, 'At most 200 topics.'),
});
export const topicsResponse = z.object({ topics: z.array(z.object({ topic: z.string(), label: z.string() })) });
