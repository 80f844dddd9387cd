import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Meeting } from '../../lib/contracts';
import { focusAfterRender } from '../../lib/focus';
import { MeetingActions } from './meeting-actions';
import { MeetingCard, meetingHeadingId, meetingTitle } from './meeting-card';
import { CancelDialog, cancelKind, OutcomeDialog } from './meeting-dialogs';
import { otherSide } from './meeting-time';
import type { Pair } from './pair';

interface MeetingListProps {
  meetings: readonly Meeting[];
  pair: Pair;
  now: Date;
  /** The list's heading: focus goes there when a meeting leaves the list. */
  headingId: string;
  announce: (message: string) => void;
  /** Answer a proposal with other times, or move a set meeting: both choose from "Find a time". */
  onProposeOther?: (meeting: Meeting) => void;
  onReschedule?: (meeting: Meeting) => void;
}

/** Meetings as cards, each with the actions its state allows the viewer. */
export function MeetingList({ meetings, pair, now, headingId, announce, onProposeOther, onReschedule }: MeetingListProps) {
  const intl = useIntl();
  const [cancelling, setCancelling] = useState<Meeting | null>(null);
  const [recording, setRecording] = useState<Meeting | null>(null);
  const side = pair.side;
  const participant = side ? { ...pair, side } : null;
  const otherName = side ? pair.names[otherSide(side)] : '';
  const titleOf = (meeting: Meeting | null) => (meeting ? meetingTitle(intl, meeting, pair) : '');

  return (
    <>
      <ul className="meeting-list">
        {meetings.map((meeting) => (
          <li key={meeting.id}>
            <MeetingCard meeting={meeting} pair={pair} proposalsShown={participant !== null && meeting.status === 'proposed' && meeting.awaiting === side}>
              {participant && (meeting.status === 'proposed' || meeting.status === 'confirmed') ? (
                <MeetingActions
                  meeting={meeting}
                  pair={participant}
                  now={now}
                  when={titleOf(meeting)}
                  announce={announce}
                  onCancel={() => setCancelling(meeting)}
                  onRecordOutcome={() => setRecording(meeting)}
                  onProposeOther={onProposeOther ? () => onProposeOther(meeting) : undefined}
                  onReschedule={onReschedule ? () => onReschedule(meeting) : undefined}
                />
              ) : null}
            </MeetingCard>
          </li>
        ))}
      </ul>
      <CancelDialog
        meeting={cancelling}
        partnershipId={pair.partnershipId}
        title={titleOf(cancelling)}
        otherName={otherName}
        onClose={() => setCancelling(null)}
        onDone={() => {
          const kind = cancelling ? cancelKind(cancelling) : 'cancel';
          setCancelling(null);
          announce(intl.formatMessage({ id: `cancel.done.${kind}` }, { name: otherName }));
          focusAfterRender(headingId);
        }}
      />
      <OutcomeDialog
        meeting={recording}
        partnershipId={pair.partnershipId}
        title={titleOf(recording)}
        otherName={otherName}
        onClose={() => setRecording(null)}
        onDone={(next) => {
          setRecording(null);
          announce(intl.formatMessage({ id: next.status === 'held' ? 'outcome.savedHeld' : 'outcome.savedMissed' }));
          focusAfterRender(meetingHeadingId(next));
        }}
      />
    </>
  );
}
