import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { CopyButton } from '../../components/copy-button';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import type { CalendarFeed } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { useCalendarFeed, useRegenerateCalendarFeed } from './calendar-api';
import '../../styles/meetings.css';

const feedInputId = 'calendar-feed-url';
const apps = ['google', 'outlook', 'apple'] as const;

/** The private address in a read-only field with a copy button, and how calendar apps take it. */
function FeedField({ feed }: { feed: CalendarFeed }) {
  return (
    <div className="link-box">
      <label className="field__label" htmlFor={feedInputId}>
        <FormattedMessage id="calendar.address" />
      </label>
      <p className="field__hint" id={`${feedInputId}-hint`}>
        <FormattedMessage id="calendar.private" />
      </p>
      <div className="link-box__row">
        <input
          id={feedInputId}
          className="field__control link-box__input"
          readOnly
          value={feed.url}
          aria-describedby={`${feedInputId}-hint`}
          onFocus={(event) => event.target.select()}
        />
        <CopyButton sourceId={feedInputId} text={feed.url} label={<FormattedMessage id="calendar.copy" />} />
      </div>
      <p className="link-line">
        <a href={feed.url.replace(/^https?:/, 'webcal:')}>
          <FormattedMessage id="calendar.open" />
        </a>
      </p>
    </div>
  );
}

function HowTo() {
  return (
    <ul className="calendar-howto">
      {apps.map((app) => (
        <li key={app}>
          <FormattedMessage id={`calendar.howto.${app}`} values={{ b: (chunks) => <strong>{chunks}</strong> }} />
        </li>
      ))}
    </ul>
  );
}

/** On a partnership page: subscribe once, and every meeting shows up in your own calendar. */
export function CalendarSection() {
  const feed = useCalendarFeed();
  return (
    <section className="section" aria-labelledby="calendar-title">
      <h2 id="calendar-title">
        <FormattedMessage id="calendar.title" />
      </h2>
      <p>
        <FormattedMessage id="calendar.lede" />
      </p>
      {feed.isPending ? <Loading /> : null}
      {feed.isError ? <LoadError error={feed.error} /> : null}
      {feed.data ? <FeedField feed={feed.data} /> : null}
      <HowTo />
      <p>
        <FormattedMessage
          id="calendar.newLinkInSettings"
          values={{ link: (chunks) => <Link to="/settings">{chunks}</Link> }}
        />
      </p>
    </section>
  );
}

/** In Settings: the same address, and a way to replace it when it may have leaked. */
export function CalendarSettingsSection() {
  const intl = useIntl();
  const feed = useCalendarFeed();
  const regenerate = useRegenerateCalendarFeed();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <section className="section" aria-labelledby="calendar-settings-title">
      <h2 id="calendar-settings-title" tabIndex={-1}>
        <FormattedMessage id="calendar.settingsTitle" />
      </h2>
      <p className="muted">
        <FormattedMessage id="calendar.lede" />
      </p>
      {feed.isPending ? <Loading /> : null}
      {feed.isError ? <LoadError error={feed.error} /> : null}
      {feed.data ? <FeedField feed={feed.data} /> : null}
      <HowTo />
      <StatusMessage>{message}</StatusMessage>
      <div className="button-row">
        <button
          type="button"
          className="button button--danger-quiet"
          onClick={() => {
            setMessage(null);
            setConfirming(true);
          }}
        >
          <FormattedMessage id="calendar.newLink" />
        </button>
      </div>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={(open) => {
          if (open) return;
          setConfirming(false);
          regenerate.reset();
        }}
        title={<FormattedMessage id="calendar.newLinkTitle" />}
        confirmLabel={<FormattedMessage id="calendar.newLinkConfirm" />}
        pending={regenerate.isPending}
        error={regenerate.isError ? describeError(intl, regenerate.error) : null}
        onConfirm={() =>
          regenerate.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              setMessage(intl.formatMessage({ id: 'calendar.newLinkDone' }));
              focusAfterRender(feedInputId);
            },
          })
        }
      >
        <p>
          <FormattedMessage id="calendar.newLinkBody" />
        </p>
      </ConfirmDialog>
    </section>
  );
}
