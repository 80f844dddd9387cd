import { FormattedDate, FormattedList, FormattedMessage, useIntl } from 'react-intl';
import type { Agreement, AgreementVersion } from '../../lib/contracts';
import { calendarDate } from '../../lib/time';
import type { Hub } from '../partnerships/hub-context';

export const currentVersionHeadingId = 'agreement-current-title';

/** Where the current version stands, from the reader's side. */
export function AgreementState({ agreement, hub }: { agreement: Agreement; hub: Hub }) {
  const current = agreement.current;
  if (!current) return null;
  if (current.agreed) {
    const at = [current.confirmedAt.mentee, current.confirmedAt.mentor].sort().at(-1) ?? current.createdAt;
    return (
      <p className="agreement__state agreement__state--agreed">
        <FormattedMessage id="agreement.agreedOn" values={{ date: <FormattedDate value={at} dateStyle="long" /> }} />
      </p>
    );
  }
  const me = agreement.awaiting.includes(hub.pair.side);
  const others = agreement.awaiting.filter((side) => side !== hub.pair.side).map((side) => hub.pair.names[side]);
  return (
    <p className="agreement__state agreement__state--waiting">
      <FormattedMessage id="agreement.awaiting" values={{ me: me ? 'yes' : 'no', others: others.length, name: others[0] ?? '' }} />
    </p>
  );
}

/** One version's terms. */
export function AgreementTerms({ version }: { version: AgreementVersion }) {
  const intl = useIntl();
  return (
    <dl className="facts agreement__terms">
      <div className="facts__wide">
        <dt>
          <FormattedMessage id="agreement.field.goals" />
        </dt>
        <dd className="prose" dir="auto">
          {version.goals}
        </dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="agreement.field.meetingFrequency" />
        </dt>
        <dd>
          <FormattedMessage id={`agreement.frequency.${version.meetingFrequency}`} />
        </dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="agreement.field.meetingLengthMinutes" />
        </dt>
        <dd>
          <FormattedMessage id="agreement.minutes" values={{ minutes: version.meetingLengthMinutes }} />
        </dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="agreement.field.channels" />
        </dt>
        <dd>
          <FormattedList type="conjunction" value={version.channels.map((c) => intl.formatMessage({ id: `channel.${c}` }))} />
        </dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="agreement.field.endsOn" />
        </dt>
        <dd>
          <FormattedDate value={calendarDate(version.endsOn)} dateStyle="long" timeZone="UTC" />
        </dd>
      </div>
      <div className="facts__wide">
        <dt>
          <FormattedMessage id="agreement.field.confidentiality" />
        </dt>
        <dd className="prose" dir="auto">
          {version.confidentiality}
        </dd>
      </div>
    </dl>
  );
}
