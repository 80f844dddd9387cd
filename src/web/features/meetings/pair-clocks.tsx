import { FormattedMessage, FormattedTime, useIntl } from 'react-intl';
import { PersonTime } from '../../components/person-time';
import { zoneLabel } from '../../lib/clock';
import type { MeetingSide } from '../../lib/contracts';
import type { Pair } from './pair';

const sides: readonly MeetingSide[] = ['mentee', 'mentor'];

/** Each person's clock right now: mine first, theirs with how far ahead or behind they are. */
export function PairClocks({ pair, now }: { pair: Pair; now: Date }) {
  const intl = useIntl();
  const ordered = pair.side === 'mentor' ? [...sides].reverse() : sides;
  return (
    <dl className="facts pair-clocks">
      {ordered.map((side) => (
        <div key={side}>
          <dt>
            <FormattedMessage
              id="pair.person"
              values={{ who: side === pair.side ? 'you' : 'other', name: pair.names[side], role: side }}
            />
          </dt>
          <dd>
            {side === pair.side ? (
              <FormattedMessage
                id="pair.yourTime"
                values={{
                  time: <FormattedTime value={now} hour="numeric" minute="2-digit" weekday="short" />,
                  zone: zoneLabel(intl.timeZone ?? pair.zones[side]),
                }}
              />
            ) : (
              <PersonTime zone={pair.zones[side]} now={now} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
