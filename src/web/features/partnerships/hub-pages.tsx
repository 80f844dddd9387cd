import { lazyPage } from '../../app/lazy-page';
import type { HubSectionKey } from './hub-sections';

// Each section of the partnership hub is its own chunk, fetched when first opened (or when its
// link in the hub's navigation is hovered or focused), so a slow connection loads only what is read.
export const hubPages = {
  messages: lazyPage(() => import('../messages/messages-page'), (m) => m.MessagesPage),
  meetings: lazyPage(() => import('../meetings/meetings-page'), (m) => m.MeetingsPage),
  goals: lazyPage(() => import('../agreements/goals-page'), (m) => m.GoalsPage),
  notes: lazyPage(() => import('../notes/notes-page'), (m) => m.NotesPage),
  files: lazyPage(() => import('../files/files-page'), (m) => m.FilesPage),
  time: lazyPage(() => import('../time-log/time-page'), (m) => m.TimePage),
  ending: lazyPage(() => import('../ending/ending-page'), (m) => m.EndingPage),
} satisfies Record<HubSectionKey, unknown>;
