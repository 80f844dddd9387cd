import { useState, type FormEvent } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import { TextField } from '../../components/text-field';
import { hiddenTag } from '../../components/visually-hidden';
import { useFormErrors } from '../../components/use-form-errors';
import type { ActionItem, MeetingSide } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { calendarDate } from '../../lib/time';
import { settle } from '../meetings/meetings-api';
import type { Hub } from '../partnerships/hub-context';
import { useActionItems, useCreateActionItem, useDeleteActionItem, useUpdateActionItem } from './agreements-api';
import { useShownValue } from '../../lib/use-shown-value';

/** Who does what by when: open items first by due date, then the done ones. */
export function ActionItemsSection({ hub }: { hub: Hub }) {
  const intl = useIntl();
  const id = hub.partnership.id;
  const items = useActionItems(id);
  const update = useUpdateActionItem(id);
  const remove = useDeleteActionItem(id);
  const [status, setStatus] = useState<string | null>(null);
  const failed = update.error ?? remove.error;

  return (
    <section className="section" aria-labelledby="action-items-title">
      <h2 id="action-items-title" tabIndex={-1}>
        <FormattedMessage id="actionItems.title" />
      </h2>
      <StatusMessage>{status}</StatusMessage>
      <div role="alert">{failed ? <p className="notice notice--error">{describeError(intl, failed)}</p> : null}</div>
      {items.isPending ? <Loading /> : null}
      {items.isError ? <LoadError error={items.error} /> : null}
      {items.data?.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="actionItems.none" />
        </p>
      ) : null}
      {items.data?.length ? (
        <ul className="action-items">
          {items.data.map((item) => (
            <ActionItemRow
              key={item.id}
              item={item}
              hub={hub}
              pending={update.isPending || remove.isPending}
              busy={update.isPending}
              onDone={(done, failed) => {
                settle(
                  update.mutateAsync({ id: item.id, input: { done } }),
                  () => setStatus(intl.formatMessage({ id: done ? 'actionItems.doneStatus' : 'actionItems.openStatus' }, { text: item.text })),
                  failed,
                );
              }}
              onDelete={() =>
                settle(remove.mutateAsync(item.id), () => {
                  setStatus(intl.formatMessage({ id: 'actionItems.deleted' }, { text: item.text }));
                  focusAfterRender('action-items-title');
                })
              }
            />
          ))}
        </ul>
      ) : null}
      {hub.active ? <ActionItemForm hub={hub} onAdded={(item) => setStatus(intl.formatMessage({ id: 'actionItems.added' }, { text: item.text, who: ownerWord(hub, item.owner), name: hub.pair.names[item.owner] }))} /> : null}
    </section>
  );
}

const ownerWord = (hub: Hub, owner: MeetingSide) => (owner === hub.pair.side ? 'you' : 'other');

interface RowProps {
  item: ActionItem;
  hub: Hub;
  pending: boolean;
  /** Another change is on its way: wait for it. */
  busy: boolean;
  onDone: (done: boolean, failed: () => void) => void;
  onDelete: () => void;
}

function ActionItemRow({ item, hub, pending, busy, onDone, onDelete }: RowProps) {
  const who = ownerWord(hub, item.owner);
  const done = useShownValue(item.done);
  return (
    <li className={`action-item${item.done ? ' action-item--done' : ''}`}>
      {hub.active ? (
        <label className="choice">
          <input
            type="checkbox"
            checked={done.shown}
            onChange={(e) => {
              if (busy) return;
              done.choose(e.target.checked);
              onDone(e.target.checked, done.reset);
            }}
          />
          <span dir="auto">{item.text}</span>
        </label>
      ) : (
        <span>
          <FormattedMessage id={item.done ? 'goals.doneMark' : 'goals.openMark'} /> <span dir="auto">{item.text}</span>
        </span>
      )}
      <span className="cell__sub">
        <FormattedMessage id="actionItems.owner" values={{ who, name: item.ownerName }} />
        {item.dueOn ? (
          <>
            {' · '}
            <FormattedMessage
              id="goals.due"
              values={{ date: <FormattedDate value={calendarDate(item.dueOn)} dateStyle="medium" timeZone="UTC" /> }}
            />
          </>
        ) : null}
        {item.overdue ? (
          <strong className="overdue">
            {' '}
            <FormattedMessage id="goals.overdue" />
          </strong>
        ) : null}
        {item.done ? (
          <>
            {' · '}
            <FormattedMessage id="actionItems.done" />
          </>
        ) : null}
      </span>
      {hub.active ? (
        <button type="button" className="button button--danger-quiet button--small" disabled={pending} onClick={onDelete}>
          <FormattedMessage id="actionItems.delete" values={{ text: item.text, hidden: hiddenTag }} />
        </button>
      ) : null}
    </li>
  );
}

const fields = ['text', 'dueOn'] as const;

function ActionItemForm({ hub, onAdded }: { hub: Hub; onAdded: (item: ActionItem) => void }) {
  const intl = useIntl();
  const create = useCreateActionItem(hub.partnership.id);
  const form = useFormErrors('action-item', fields);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<MeetingSide>(hub.pair.side);
  const [dueOn, setDueOn] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    if (!form.check({ text: text.trim() ? null : intl.formatMessage({ id: 'actionItems.textRequired' }) })) return;
    settle(
      create.mutateAsync({ text: text.trim(), owner, dueOn: dueOn || null }),
      (item) => {
        setText('');
        setDueOn('');
        onAdded(item);
        focusAfterRender(form.fieldId('text'));
      },
      (error) => form.fromApi(error),
    );
  }

  return (
    <form className="form action-item-form" onSubmit={submit} noValidate aria-labelledby="action-item-form-title">
      <h3 id="action-item-form-title">
        <FormattedMessage id="actionItems.addTitle" />
      </h3>
      {form.summary}
      <TextField
        id={form.fieldId('text')}
        label={<FormattedMessage id="actionItems.textLabel" />}
        maxLength={1000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={form.error('text')}
      />
      <fieldset className="fieldset">
        <legend className="field__label">
          <FormattedMessage id="actionItems.ownerLegend" />
        </legend>
        <div className="choice-row">
          {(['mentee', 'mentor'] as const).map((side) => (
            <label key={side} className="choice">
              <input type="radio" name="action-item-owner" checked={owner === side} onChange={() => setOwner(side)} />
              <span>
                <FormattedMessage id="actionItems.ownerOption" values={{ who: ownerWord(hub, side), name: hub.pair.names[side] }} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        id={form.fieldId('dueOn')}
        label={<FormattedMessage id="actionItems.dueLabel" />}
        optional
        type="date"
        value={dueOn}
        onChange={(e) => setDueOn(e.target.value)}
        error={form.error('dueOn')}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          <FormattedMessage id="actionItems.add" />
        </button>
      </div>
    </form>
  );
}
