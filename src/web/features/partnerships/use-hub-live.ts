import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Message, MeetingSide } from '../../lib/contracts';
import { useEventStream } from '../../lib/event-stream';
import { partnershipMeetingsKey } from '../meetings/meetings-api';
// Stream event names are in backticks (see lib/event-stream.ts).
import { messagesKey, setUnread, unreadKey, upsertMessage } from '../messages/messages-api';

/** The longest stretch of a message read out when it arrives; the rest is on the page. */
const ANNOUNCE_CHARS = 200;

export interface Announcement {
  text: string;
  /** Changes with every announcement, so saying the same words twice is heard twice. */
  serial: number;
}

interface ReadEvent {
  partnershipId: string;
  unread?: number;
}

/**
 * Keeps the hub current without reloading: messages arrive, change and disappear in place, the
 * unread count follows, meetings refetch when the other person changes one. Incoming messages are
 * put into words for a polite live region; focus never moves. `live` is true while the stream is open.
 */
export function useHubLive(partnershipId: string, side: MeetingSide | null) {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState<Announcement>({ text: '', serial: 0 });
  const [live, setLive] = useState(false);

  useEventStream((kind, data) => {
    switch (kind) {
      case `stream.ready`:
        setLive(true);
        // Whatever happened between loading the page and the stream opening (or while it was away).
        void queryClient.invalidateQueries({ queryKey: messagesKey(partnershipId) });
        void queryClient.invalidateQueries({ queryKey: unreadKey });
        return;
      case `message.created`: {
        const { message } = data as { message: Message };
        if (message.author.side !== side || message.partnershipId !== partnershipId) {
          void queryClient.invalidateQueries({ queryKey: unreadKey });
        }
        if (message.partnershipId !== partnershipId) return;
        upsertMessage(queryClient, message);
        if (side && message.author.side !== side) {
          const text = message.text.length > ANNOUNCE_CHARS ? `${message.text.slice(0, ANNOUNCE_CHARS)}…` : message.text;
          const files = message.attachments.length;
          setAnnouncement((previous) => ({
            text: intl.formatMessage({ id: 'messages.incoming' }, { name: message.author.name, text, files }),
            serial: previous.serial + 1,
          }));
        }
        return;
      }
      case `message.updated`:
      case `message.deleted`:
        upsertMessage(queryClient, (data as { message: Message }).message);
        return;
      case `conversation.read`: {
        const read = data as ReadEvent;
        // Only the reader's own copy carries their unread count (the other side's is a read receipt).
        if (read.unread !== undefined) setUnread(queryClient, read.partnershipId, read.unread);
        return;
      }
      case `meeting.changed`:
        void queryClient.invalidateQueries({ queryKey: partnershipMeetingsKey((data as { partnershipId: string }).partnershipId) });
        return;
      case `request.updated`:
        return;
    }
  });

  return { announcement, live };
}
