/** The partnership hub's sections: their place in the address and the heading focus moves to. */
export const hubSections = [
  { key: 'messages', path: '', headingId: 'messages-title' },
  // The meetings section's first heading ("Upcoming meetings", meetings-sections.tsx).
  { key: 'meetings', path: 'meetings', headingId: 'upcoming-title' },
  { key: 'goals', path: 'goals', headingId: 'agreement-title' },
  { key: 'notes', path: 'notes', headingId: 'notes-title' },
  { key: 'files', path: 'files', headingId: 'files-title' },
  { key: 'time', path: 'time', headingId: 'time-log-title' },
  { key: 'ending', path: 'ending', headingId: 'ending-title' },
] as const;

export type HubSection = (typeof hubSections)[number];
export type HubSectionKey = HubSection['key'];

export const hubPath = (partnershipId: string, section: HubSectionKey = 'messages'): string => {
  const found = hubSections.find((s) => s.key === section);
  return `/partnerships/${partnershipId}${found?.path ? `/${found.path}` : ''}`;
};

/** The section an address shows (`/partnerships/:id/goals` → goals); the conversation by default. */
export function sectionOf(pathname: string): HubSection {
  const segment = pathname.split('/')[3] ?? '';
  return hubSections.find((s) => s.path === segment) ?? hubSections[0];
}
