import { useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { TextAreaField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import { ApiError, isApiError } from '../../lib/api';
import type { Meeting, MeetingSide, Slot } from '../../lib/contracts';
import { ChannelFields, channelInput, channelProblems, emptyChannel, type ChannelDraft } from './channel-fields';
import { settle, useCounterPropose, useCreateMeeting, useRescheduleMeeting } from './meetings-api';
import { otherSide } from './meeting-time';
import type { Pair } from './pair';
import { SlotPicker } from './slot-picker';
import { formatWhen } from './when';

/** What choosing times is for: a new meeting, other times for a proposed one, or a new time for a confirmed one. */
export type FindMode = { kind: 'new' } | { kind: 'counter'; meeting: Meeting } | { kind: 'reschedule'; meeting: Meeting };

export const MAX_PROPOSALS = 5;
const fields = ['proposals', 'location', 'url', 'agenda', 'note', 'reason'] as const;

/** Server paths as this form names them: every proposed time, and any clash with a time, is about the times. */
function withFormPaths(error: unknown): unknown {
  if (!isApiError(error)) return error;
  const path = (p: string) => (/^(proposals|start|durationMinutes)(\.|$)/.test(p) ? 'proposals' : p);
  return new ApiError(error.status, error.code, error.message, error.fields.map((f) => ({ ...f, path: path(f.path) })), error.retryAfterSeconds);
}

interface ProposalFormProps {
  pair: Pair & { side: MeetingSide };
  mode: FindMode;
  slots: readonly Slot[];
  /** Identifies the list the times were chosen from; a new list starts with none chosen. */
  listKey: string;
  duration: number;
  onDone: (meeting: Meeting, message: string) => void;
}

/** Choose times from the list, say how to meet, and send: a proposal, a counter-proposal or a new time. */
export function ProposalForm({ pair, mode, slots, listKey, duration, onDone }: ProposalFormProps) {
  const intl = useIntl();
  const form = useFormErrors('proposal', fields);
  const create = useCreateMeeting(pair.partnershipId);
  const counter = useCounterPropose(pair.partnershipId);
  const reschedule = useRescheduleMeeting(pair.partnershipId);
  const [picked, setPicked] = useState<{ listKey: string; starts: string[] }>({ listKey, starts: [] });
  const [channel, setChannel] = useState<ChannelDraft>(emptyChannel);
  const [agenda, setAgenda] = useState('');
  const [note, setNote] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const chosen = picked.listKey === listKey ? picked.starts.filter((s) => slots.some((slot) => slot.start === s)) : [];
  const other = pair.names[otherSide(pair.side)];
  const multiple = mode.kind !== 'reschedule';
  const pending = create.isPending || counter.isPending || reschedule.isPending;

  function failed(error: unknown) {
    form.fromApi(withFormPaths(error), { time_conflict: 'proposals', outside_availability: 'proposals' });
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  function succeeded(meeting: Meeting, message: string) {
    setPicked({ listKey, starts: [] });
    setAgenda('');
    setNote('');
    setChannel(emptyChannel);
    form.clear();
    onDone(meeting, message);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const channelIssues = mode.kind === 'new' ? channelProblems(intl, channel) : { location: null, url: null };
    const ok = form.check({
      proposals: chosen.length ? null : intl.formatMessage({ id: multiple ? 'proposal.chooseSome' : 'proposal.chooseOne' }),
      ...channelIssues,
    });
    if (!ok) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const proposals = chosen.map((start) => ({ start, durationMinutes: duration }));
    const count = proposals.length;
    switch (mode.kind) {
      case 'new':
        settle(
          create.mutateAsync({ proposals, ...channelInput(channel), ...(agenda.trim() ? { agenda: agenda.trim() } : {}) }),
          (meeting) => succeeded(meeting, intl.formatMessage({ id: 'proposal.sent' }, { count, name: other })),
          failed,
        );
        return;
      case 'counter':
        settle(
          counter.mutateAsync({ id: mode.meeting.id, input: { proposals, ...(note.trim() ? { note: note.trim() } : {}) } }),
          (meeting) => succeeded(meeting, intl.formatMessage({ id: 'proposal.counterSent' }, { count, name: other })),
          failed,
        );
        return;
      case 'reschedule': {
        const start = chosen[0] as string;
        settle(
          reschedule.mutateAsync({
            id: mode.meeting.id,
            input: { start, durationMinutes: duration, ...(note.trim() ? { reason: note.trim() } : {}) },
          }),
          (meeting) => {
            const when = formatWhen(intl, meeting.start ?? start, meeting.end ?? start);
            succeeded(meeting, intl.formatMessage({ id: 'proposal.rescheduled' }, { when, name: other }));
          },
          failed,
        );
        return;
      }
    }
  }

  return (
    <form className="proposal-form" onSubmit={submit} noValidate>
      <div ref={summaryRef} tabIndex={-1} className="proposal-form__errors">
        {form.summary}
      </div>
      <SlotPicker
        id={form.fieldId('proposals')}
        slots={slots}
        pair={pair}
        multiple={multiple}
        max={MAX_PROPOSALS}
        chosen={chosen}
        onChange={(starts) => setPicked({ listKey, starts })}
        error={form.error('proposals')}
      />
      <div className="form proposal-form__details">
        {mode.kind === 'new' ? (
          <>
            <ChannelFields idPrefix="proposal" value={channel} onChange={setChannel} fieldId={form.fieldId} error={form.error} />
            {pair.side === 'mentee' ? (
              <TextAreaField
                id={form.fieldId('agenda')}
                label={<FormattedMessage id="proposal.agenda" />}
                description={<FormattedMessage id="proposal.agendaHint" values={{ name: other }} />}
                optional
                rows={4}
                maxLength={5000}
                value={agenda}
                onChange={(event) => setAgenda(event.target.value)}
                error={form.error('agenda')}
              />
            ) : null}
          </>
        ) : (
          <TextAreaField
            id={form.fieldId(mode.kind === 'counter' ? 'note' : 'reason')}
            label={<FormattedMessage id={mode.kind === 'counter' ? 'proposal.note' : 'proposal.reason'} values={{ name: other }} />}
            optional
            rows={3}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={form.error(mode.kind === 'counter' ? 'note' : 'reason')}
          />
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={pending}>
            <FormattedMessage id={`proposal.submit.${mode.kind}`} values={{ name: other }} />
          </button>
        </div>
      </div>
    </form>
  );
}
