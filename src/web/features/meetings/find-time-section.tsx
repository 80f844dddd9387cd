import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../components/status';
import type { Meeting, MeetingSide } from '../../lib/contracts';
import { useSlots, type SlotSearch } from './meetings-api';
import { addDays, localDate, otherSide } from './meeting-time';
import type { Pair } from './pair';
import { ProposalForm, type FindMode } from './proposal-form';
import { SlotSearchForm } from './slot-search-form';

export const findTimeHeadingId = 'find-time-title';

interface FindTimeSectionProps {
  pair: Pair & { side: MeetingSide };
  mode: FindMode;
  /** Back to proposing a new meeting (after a counter-proposal or a new time, or when stopped). */
  onModeDone: () => void;
  onDone: (meeting: Meeting, message: string) => void;
}

/** Times both people can meet, on the viewer's clock with the other's beside them, and a way to propose some. */
export function FindTimeSection({ pair, mode, onModeDone, onDone }: FindTimeSectionProps) {
  const intl = useIntl();
  const [search, setSearch] = useState<SlotSearch>(() => {
    const from = localDate(new Date(), intl.timeZone ?? 'UTC');
    return { from, to: addDays(from, 13), duration: 60 };
  });
  const slots = useSlots(pair.partnershipId, search);
  const other = pair.names[otherSide(pair.side)];
  const data = slots.data;
  const listKey = `${search.from}/${search.to}/${search.duration}`;
  const stale = slots.isPlaceholderData;

  return (
    <section className="section" aria-labelledby={findTimeHeadingId}>
      <h2 id={findTimeHeadingId} tabIndex={-1}>
        <FormattedMessage id="findTime.title" />
      </h2>
      {mode.kind === 'new' ? (
        <p className="muted">
          <FormattedMessage id="findTime.lede" values={{ name: other }} />
        </p>
      ) : (
        <div className="notice notice--info find-time__mode">
          <p>
            <FormattedMessage id={`findTime.mode.${mode.kind}`} values={{ name: other }} />
          </p>
          <button type="button" className="button button--secondary button--small" onClick={onModeDone}>
            <FormattedMessage id="findTime.stop" />
          </button>
        </div>
      )}
      <SlotSearchForm value={search} onSearch={setSearch} pending={slots.isFetching} />
      <div role="status" className="find-time__count">
        {slots.isPending || stale ? (
          <p className="loading">
            <FormattedMessage id="findTime.searching" />
          </p>
        ) : data ? (
          <p className="results-count">
            <FormattedMessage
              id="findTime.count"
              values={{
                count: data.slots.length,
                stretch: data.slots.filter((s) => s.kind === 'stretch').length,
              }}
            />
          </p>
        ) : null}
      </div>
      {slots.isError ? <LoadError error={slots.error} /> : null}
      {data && data.slots.length === 0 && !stale ? (
        <div className="empty">
          <p>
            <FormattedMessage id="findTime.none" values={{ name: other }} />
          </p>
        </div>
      ) : null}
      {data && data.slots.length > 0 ? (
        <div className={stale ? 'stale' : undefined}>
          {data.stretchOffered ? (
            <p className="notice notice--info">
              <FormattedMessage id="findTime.stretchOffered" values={{ name: other }} />
            </p>
          ) : null}
          <ProposalForm
            pair={pair}
            mode={mode}
            slots={data.slots}
            listKey={listKey}
            duration={data.durationMinutes}
            onDone={(meeting, message) => {
              if (mode.kind !== 'new') onModeDone();
              onDone(meeting, message);
            }}
          />
        </div>
      ) : null}
    </section>
  );
}
