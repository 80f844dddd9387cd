import { useState, type FormEvent } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { TextField } from '../../components/text-field';
import { hiddenTag } from '../../components/visually-hidden';
import { isApiError } from '../../lib/api';
import type { Goal, GoalStatus, Milestone } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { calendarDate } from '../../lib/time';
import { useShownValue } from '../../lib/use-shown-value';
import { settle } from '../meetings/meetings-api';
import { goalStatuses } from './agreement-options';
import { useAddMilestone, useDeleteMilestone, useUpdateGoal, useUpdateMilestone } from './agreements-api';

export const goalHeadingId = (goal: Pick<Goal, 'id'>) => `goal-${goal.id}-title`;

interface GoalCardProps {
  goal: Goal;
  partnershipId: string;
  active: boolean;
  announce: (message: string) => void;
  onDelete: () => void;
}

/** A goal: where it stands (in words), its milestones to tick off, and room for another. */
export function GoalCard({ goal, partnershipId, active, announce, onDelete }: GoalCardProps) {
  const intl = useIntl();
  const update = useUpdateGoal(partnershipId);
  const status = useShownValue(goal.status);
  const values = { goal: goal.title, hidden: hiddenTag };
  return (
    <article className={`goal goal--${goal.status}`} aria-labelledby={goalHeadingId(goal)}>
      <h3 id={goalHeadingId(goal)} className="goal__title" dir="auto" tabIndex={-1}>
        {goal.title}
      </h3>
      <p className="goal__state">
        <span className={`goal-status goal-status--${goal.status}`}>
          <FormattedMessage id={`goals.status.${goal.status}`} />
        </span>{' '}
        {goal.progress.total > 0 ? (
          <FormattedMessage id="goals.progress" values={{ done: goal.progress.done, total: goal.progress.total }} />
        ) : null}
      </p>
      {goal.description ? (
        <p className="prose" dir="auto">
          {goal.description}
        </p>
      ) : null}
      {active ? (
        <div className="field goal__status-field">
          <label className="field__label" htmlFor={`${goalHeadingId(goal)}-status`}>
            <FormattedMessage id="goals.statusLabel" values={values} />
          </label>
          <select
            id={`${goalHeadingId(goal)}-status`}
            className="field__control"
            value={status.shown}
            onChange={(event) => {
              if (update.isPending) return;
              const value = event.target.value as GoalStatus;
              status.choose(value);
              settle(
                update.mutateAsync({ id: goal.id, input: { status: value } }),
                () => announce(intl.formatMessage({ id: 'goals.statusChanged' }, { goal: goal.title, status: intl.formatMessage({ id: `goals.status.${value}` }) })),
                status.reset,
              );
            }}
          >
            {goalStatuses.map((status) => (
              <option key={status} value={status}>
                {intl.formatMessage({ id: `goals.status.${status}` })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div role="alert">{update.isError ? <p className="notice notice--error">{describeError(intl, update.error)}</p> : null}</div>
      <h4 className="goal__subtitle">
        <FormattedMessage id="goals.milestones" />
      </h4>
      {goal.milestones.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="goals.noMilestones" />
        </p>
      ) : (
        <ul className="milestones">
          {goal.milestones.map((m) => (
            <MilestoneItem key={m.id} milestone={m} goal={goal} partnershipId={partnershipId} active={active} announce={announce} />
          ))}
        </ul>
      )}
      {active ? <MilestoneForm goal={goal} partnershipId={partnershipId} announce={announce} /> : null}
      {active ? (
        <div className="button-row">
          <button type="button" className="button button--danger-quiet button--small" onClick={onDelete}>
            <FormattedMessage id="goals.delete" values={values} />
          </button>
        </div>
      ) : null}
    </article>
  );
}

function MilestoneItem({ milestone, goal, partnershipId, active, announce }: { milestone: Milestone; goal: Goal; partnershipId: string; active: boolean; announce: (m: string) => void }) {
  const intl = useIntl();
  const update = useUpdateMilestone(partnershipId);
  const remove = useDeleteMilestone(partnershipId);
  const done = useShownValue(milestone.done);
  const due = milestone.dueOn ? <FormattedDate value={calendarDate(milestone.dueOn)} dateStyle="medium" timeZone="UTC" /> : null;
  const facts = due ? (
    <span className="cell__sub">
      <FormattedMessage id="goals.due" values={{ date: due }} />
      {milestone.overdue ? (
        <strong className="overdue">
          {' '}
          <FormattedMessage id="goals.overdue" />
        </strong>
      ) : null}
    </span>
  ) : null;
  return (
    <li className="milestone">
      {active ? (
        <label className="choice">
          <input
            type="checkbox"
            checked={done.shown}
            onChange={(event) => {
              if (update.isPending) return;
              const value = event.target.checked;
              done.choose(value);
              settle(
                update.mutateAsync({ id: milestone.id, input: { done: value } }),
                () => announce(intl.formatMessage({ id: value ? 'goals.milestoneDone' : 'goals.milestoneOpen' }, { milestone: milestone.title })),
                done.reset,
              );
            }}
          />
          <span dir="auto">{milestone.title}</span>
        </label>
      ) : (
        <span>
          <FormattedMessage id={milestone.done ? 'goals.doneMark' : 'goals.openMark'} />{' '}
          <span dir="auto">{milestone.title}</span>
        </span>
      )}
      {facts}
      {active ? (
        <button
          type="button"
          className="button button--danger-quiet button--small"
          disabled={remove.isPending}
          onClick={() =>
            settle(remove.mutateAsync(milestone.id), () => {
              announce(intl.formatMessage({ id: 'goals.milestoneRemoved' }, { milestone: milestone.title }));
              focusAfterRender(goalHeadingId(goal));
            })
          }
        >
          <FormattedMessage id="goals.removeMilestone" values={{ milestone: milestone.title, hidden: hiddenTag }} />
        </button>
      ) : null}
    </li>
  );
}

function MilestoneForm({ goal, partnershipId, announce }: { goal: Goal; partnershipId: string; announce: (m: string) => void }) {
  const intl = useIntl();
  const add = useAddMilestone(partnershipId);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const id = `goal-${goal.id}-milestone`;
  const fieldError = problem ?? (isApiError(add.error) ? add.error.fields.find((f) => f.path.endsWith('title'))?.message : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    if (!title.trim()) {
      setProblem(intl.formatMessage({ id: 'goals.milestoneRequired' }));
      focusAfterRender(id);
      return;
    }
    setProblem(undefined);
    settle(add.mutateAsync({ goalId: goal.id, input: { title: title.trim(), dueOn: dueOn || null } }), () => {
      announce(intl.formatMessage({ id: 'goals.milestoneAdded' }, { milestone: title.trim(), goal: goal.title }));
      setTitle('');
      setDueOn('');
      focusAfterRender(id);
    });
  }

  return (
    <form className="form milestone-form" onSubmit={submit} noValidate>
      <div className="milestone-form__fields">
        <TextField
          id={id}
          label={<FormattedMessage id="goals.milestoneLabel" values={{ goal: goal.title }} />}
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fieldError}
        />
        <TextField
          id={`${id}-due`}
          label={<FormattedMessage id="goals.milestoneDue" />}
          optional
          type="date"
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
        />
      </div>
      <div role="alert">{add.isError && !fieldError ? <p className="notice notice--error">{describeError(intl, add.error)}</p> : null}</div>
      <div className="button-row">
        <button type="submit" className="button button--secondary button--small" disabled={add.isPending}>
          <FormattedMessage id="goals.addMilestone" values={{ goal: goal.title, hidden: hiddenTag }} />
        </button>
      </div>
    </form>
  );
}
