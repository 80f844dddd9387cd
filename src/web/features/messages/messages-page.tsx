import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import type { Message } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { useNow } from '../../lib/use-now';
import { settle } from '../meetings/meetings-api';
import { partnerName, useHub } from '../partnerships/hub-context';
import { Composer } from './composer';
import { Conversation } from './conversation';
import { messageItemId } from './message-item';
import { conversationOf, useConversation, useDeleteMessage, useMarkRead } from './messages-api';
import { usePageVisible } from './use-page-visible';

/** The pair's conversation: earlier messages on request, new ones as they arrive, and a way to write. */
export function MessagesPage() {
  const hub = useHub();
  const intl = useIntl();
  const { partnership, pair, active } = hub;
  const partner = partnerName(hub);
  const conversation = useConversation(partnership.id);
  const { mutate: markRead } = useMarkRead(partnership.id);
  const remove = useDeleteMessage(partnership.id);
  const visible = usePageVisible();
  // Edit and delete close a quarter of an hour after posting: the buttons go when the window does.
  const now = useNow(10_000);
  const [deleting, setDeleting] = useState<Message | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const readUpTo = useRef<string | null>(null);

  const messages = conversationOf(conversation.data);
  const newest = messages.at(-1);
  const marker = conversation.data?.pages[0]?.readMarker?.messageId ?? null;

  // Open and in front of the reader: what the partner wrote is read.
  useEffect(() => {
    if (!visible || !newest || newest.author.side === pair.side) return;
    if (marker === newest.id || readUpTo.current === newest.id) return;
    readUpTo.current = newest.id;
    markRead(newest.id);
  }, [visible, newest, marker, pair.side, markRead]);

  function loadEarlier() {
    setStatus(null);
    const before = conversation.data?.pages.length ?? 0;
    settle(conversation.fetchNextPage(), (result) => {
      const loaded = result.data?.pages[before]?.messages ?? [];
      setStatus(intl.formatMessage({ id: 'messages.loadedEarlier' }, { count: loaded.length }));
      if (loaded[0]) focusAfterRender(messageItemId(loaded[0].id));
    });
  }

  return (
    <section className="section" aria-labelledby="messages-title">
      <h2 id="messages-title" tabIndex={-1}>
        <FormattedMessage id="messages.title" />
      </h2>
      <StatusMessage>{status}</StatusMessage>
      {conversation.isPending ? <Loading /> : null}
      {conversation.isError ? <LoadError error={conversation.error} /> : null}
      {conversation.data ? (
        <Conversation
          messages={messages}
          side={pair.side}
          partnershipId={partnership.id}
          partner={partner}
          now={now}
          hasEarlier={conversation.hasNextPage}
          loadingEarlier={conversation.isFetchingNextPage}
          onLoadEarlier={loadEarlier}
          onDelete={(message) => {
            remove.reset();
            setDeleting(message);
          }}
        />
      ) : null}
      {active ? (
        <Composer partnershipId={partnership.id} partner={partner} />
      ) : (
        <p className="muted">
          <FormattedMessage id="messages.closed" />
        </p>
      )}
      <ConfirmDialog
        isOpen={deleting !== null}
        onOpenChange={(open) => {
          if (!open) setDeleting(null);
        }}
        title={<FormattedMessage id="messages.deleteTitle" />}
        confirmLabel={<FormattedMessage id="messages.deleteConfirm" />}
        pending={remove.isPending}
        error={remove.isError ? describeError(intl, remove.error) : null}
        onConfirm={() => {
          if (!deleting) return;
          const id = deleting.id;
          settle(remove.mutateAsync(id), () => {
            setDeleting(null);
            setStatus(intl.formatMessage({ id: 'messages.deletedStatus' }));
            focusAfterRender(messageItemId(id));
          });
        }}
      >
        <p>
          <FormattedMessage id="messages.deleteBody" values={{ name: partner }} />
        </p>
      </ConfirmDialog>
    </section>
  );
}
