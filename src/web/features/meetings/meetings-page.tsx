import { useState } from 'react';
import type { Meeting } from '../../lib/contracts';
import { focusAfterRender } from '../../lib/focus';
import { useHub } from '../partnerships/hub-context';
import { CalendarSection } from './calendar-feed';
import { FairnessSection } from './fairness-section';
import { FindTimeSection, findTimeHeadingId } from './find-time-section';
import { meetingHeadingId } from './meeting-card';
import { usePartnershipMeetings } from './meetings-api';
import { PastSection, UpcomingSection } from './meetings-sections';
import type { FindMode } from './proposal-form';

/** The hub's meetings: the ones ahead and behind, finding a time, fairness and the calendar feed. */
export function MeetingsPage() {
  const { partnership, pair, now, active } = useHub();
  const meetings = usePartnershipMeetings(partnership.id);
  const [mode, setMode] = useState<FindMode>({ kind: 'new' });
  const [message, setMessage] = useState<string | null>(null);
  const [pastMessage, setPastMessage] = useState<string | null>(null);

  /** Choosing other times happens in "Find a time"; focus goes there, and back to the meeting after. */
  function choose(kind: 'counter' | 'reschedule', meeting: Meeting) {
    setMessage(null);
    setMode({ kind, meeting });
    focusAfterRender(findTimeHeadingId);
  }

  return (
    <>
      <UpcomingSection
        query={meetings}
        pair={pair}
        now={now}
        message={message}
        announce={setMessage}
        onProposeOther={(meeting) => choose('counter', meeting)}
        onReschedule={(meeting) => choose('reschedule', meeting)}
      />
      {active ? (
        <FindTimeSection
          pair={pair}
          mode={mode}
          onModeDone={() => {
            const meeting = mode.kind === 'new' ? null : mode.meeting;
            setMode({ kind: 'new' });
            if (meeting) focusAfterRender(meetingHeadingId(meeting));
          }}
          onDone={(meeting, text) => {
            setMessage(text);
            focusAfterRender(meetingHeadingId(meeting));
          }}
        />
      ) : null}
      <FairnessSection fairness={meetings.data?.fairness} pair={pair} />
      <PastSection query={meetings} pair={pair} now={now} message={pastMessage} announce={setPastMessage} />
      <CalendarSection />
    </>
  );
}
