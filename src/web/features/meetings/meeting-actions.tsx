import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { hiddenTag } from '../../components/visually-hidden';
import type { Meeting, MeetingSide } from '../../lib/contracts';
import { focusAfterRender } from '../../lib/focus';
import { AgendaEditor } from './agenda-editor';
import { ConfirmChoice } from './confirm-choice';
import { meetingHeadingId } from './meeting-card';
import { cancelKind } from './meeting-dialogs';
import { hasEnded, hasStarted, otherSide } from './meeting-time';
import { icsHref } from './meetings-api';
import type { Pair } from './pair';

export interface MeetingActionsProps {
  meeting: Meeting;
  pair: Pair & { side: MeetingSide };
  now: Date;
  /** The meeting in words, for the buttons' names ("Reschedule Tuesday 1 December, 7:00 PM–8:00 PM"). */
  when: string;
  announce: (message: string) => void;
  onCancel: () => void;
  onRecordOutcome: () => void;
  onProposeOther?: (() => void) | undefined;
  onReschedule?: (() => void) | undefined;
}

const agendaButtonId = (meeting: Meeting) => `meeting-${meeting.id}-agenda-edit`;

/**
 * What the viewer can do with a proposed or confirmed meeting: choose one of the proposed times or
 * answer with others; join, add to a calendar, move or cancel a set one; record how it went
 * once it has started; and, for the mentee, edit the agenda until it ends.
 */
export function MeetingActions({ meeting, pair, now, when, announce, onCancel, onRecordOutcome, onProposeOther, onReschedule }: MeetingActionsProps) {
  const intl = useIntl();
  const [editing, setEditing] = useState(false);
  const values = { when, hidden: hiddenTag };
  const started = hasStarted(meeting, now);
  const ended = hasEnded(meeting, now);
  const set = meeting.status === 'confirmed';
  const canEditAgenda = pair.side === 'mentee' && !ended;

  return (
    <>
      {meeting.status === 'proposed' && meeting.awaiting === pair.side ? (
        <ConfirmChoice
          meeting={meeting}
          pair={pair}
          onConfirmed={(next, message) => {
            announce(message);
            focusAfterRender(meetingHeadingId(next));
          }}
          onProposeOther={() => onProposeOther?.()}
        />
      ) : null}
      <div className="button-row">
        {set && meeting.url && !ended ? (
          <a className="button button--primary" href={meeting.url} target="_blank" rel="noreferrer">
            <FormattedMessage id="meeting.join" values={values} />
          </a>
        ) : null}
        {set && !ended ? (
          <a className="button button--secondary" href={icsHref(meeting.id)} download>
            <FormattedMessage id="meeting.ics" values={values} />
          </a>
        ) : null}
        {canEditAgenda && !editing ? (
          <button id={agendaButtonId(meeting)} type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            <FormattedMessage id="meeting.editAgenda" values={values} />
          </button>
        ) : null}
        {set && !started && onReschedule ? (
          <button type="button" className="button button--secondary" onClick={onReschedule}>
            <FormattedMessage id="meeting.reschedule" values={values} />
          </button>
        ) : null}
        {set && started ? (
          <button type="button" className="button button--primary" onClick={onRecordOutcome}>
            <FormattedMessage id="meeting.recordOutcome" values={values} />
          </button>
        ) : (
          <button type="button" className="button button--danger-quiet" onClick={onCancel}>
            <FormattedMessage id={`meeting.cancelButton.${cancelKind(meeting)}`} values={values} />
          </button>
        )}
      </div>
      {editing ? (
        <AgendaEditor
          meeting={meeting}
          partnershipId={pair.partnershipId}
          when={when}
          onDone={(saved) => {
            setEditing(false);
            if (saved) announce(intl.formatMessage({ id: 'agenda.saved' }, { name: pair.names[otherSide(pair.side)] }));
            focusAfterRender(agendaButtonId(meeting));
          }}
        />
      ) : null}
    </>
  );
}
