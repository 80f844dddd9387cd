import { useLayoutEffect, useRef } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import type { Message, MeetingSide } from '../../lib/contracts';
import { MessageItem } from './message-item';

interface ConversationProps {
  messages: readonly Message[];
  side: MeetingSide;
  partnershipId: string;
  partner: string;
  now: Date;
  hasEarlier: boolean;
  loadingEarlier: boolean;
  onLoadEarlier: () => void;
  onDelete: (message: Message) => void;
}

/** Near enough to the end that a new message should bring the view along. */
const FOLLOW_PX = 96;

/** Messages oldest first, by day on the reader's clock, in a scrolling box that stays at the newest. */
export function Conversation(props: ConversationProps) {
  const { messages, side, partnershipId, partner, now, hasEarlier, loadingEarlier, onLoadEarlier, onDelete } = props;
  const intl = useIntl();
  const box = useRef<HTMLDivElement>(null);
  const layout = useRef({ first: '', last: '', height: 0, atEnd: true });

  // Opens at the newest message and follows new ones while the reader is at the end; when earlier
  // messages come in above, what was on screen stays where it was.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const first = messages[0]?.id ?? '';
    const last = messages.at(-1)?.id ?? '';
    const before = layout.current;
    if (before.first && first !== before.first && last === before.last) el.scrollTop += el.scrollHeight - before.height;
    else if (last !== before.last && before.atEnd) el.scrollTop = el.scrollHeight;
    layout.current = { first, last, height: el.scrollHeight, atEnd: el.scrollHeight - el.scrollTop - el.clientHeight < FOLLOW_PX };
  }, [messages]);

  const days = groupByDay(messages, (m) => intl.formatDate(m.createdAt, { year: 'numeric', month: '2-digit', day: '2-digit' }));
  const today = intl.formatDate(now, { year: 'numeric', month: '2-digit', day: '2-digit' });

  return (
    <div
      ref={box}
      className="conversation"
      role="region"
      aria-label={intl.formatMessage({ id: 'messages.conversationLabel' }, { name: partner })}
      tabIndex={0}
      onScroll={(event) => {
        const el = event.currentTarget;
        layout.current.atEnd = el.scrollHeight - el.scrollTop - el.clientHeight < FOLLOW_PX;
      }}
    >
      {hasEarlier ? (
        <p className="conversation__earlier">
          <button type="button" className="button button--secondary button--small" onClick={onLoadEarlier} disabled={loadingEarlier}>
            <FormattedMessage id={loadingEarlier ? 'messages.loadingEarlier' : 'messages.loadEarlier'} />
          </button>
        </p>
      ) : messages.length > 0 ? (
        <p className="conversation__start muted">
          <FormattedMessage id="messages.start" />
        </p>
      ) : null}
      {messages.length === 0 ? (
        <p className="muted conversation__empty">
          <FormattedMessage id="messages.none" values={{ name: partner }} />
        </p>
      ) : null}
      {days.map(({ key, items }) => (
        <div key={key} className="conversation__day">
          <h3 className="conversation__date">
            {key === today ? (
              <FormattedMessage id="messages.today" />
            ) : (
              <FormattedDate value={items[0]!.createdAt} weekday="long" day="numeric" month="long" year="numeric" />
            )}
          </h3>
          <ol className="message-list">
            {items.map((message) => (
              <MessageItem
                key={message.id}
                message={message}
                side={side}
                partnershipId={partnershipId}
                canChange={
                  message.author.side === side && !message.deleted && message.editableUntil !== null && Date.parse(message.editableUntil) > now.getTime()
                }
                onDelete={onDelete}
              />
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

function groupByDay<T>(items: readonly T[], dayOf: (item: T) => string): { key: string; items: T[] }[] {
  const days: { key: string; items: T[] }[] = [];
  for (const item of items) {
    const key = dayOf(item);
    const last = days.at(-1);
    if (last?.key === key) last.items.push(item);
    else days.push({ key, items: [item] });
  }
  return days;
}
