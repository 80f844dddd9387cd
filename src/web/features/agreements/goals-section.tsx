import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import { TextAreaField, TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import type { Goal } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { settle } from '../meetings/meetings-api';
import type { Hub } from '../partnerships/hub-context';
import { useCreateGoal, useDeleteGoal, useGoals } from './agreements-api';
import { GoalCard, goalHeadingId } from './goal-card';

/** The pair's goals, each with its status and milestones, and a way to set another. */
export function GoalsSection({ hub }: { hub: Hub }) {
  const intl = useIntl();
  const id = hub.partnership.id;
  const goals = useGoals(id);
  const remove = useDeleteGoal(id);
  const [status, setStatus] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Goal | null>(null);

  return (
    <section className="section" aria-labelledby="goals-title">
      <h2 id="goals-title" tabIndex={-1}>
        <FormattedMessage id="goals.title" />
      </h2>
      <StatusMessage>{status}</StatusMessage>
      {goals.isPending ? <Loading /> : null}
      {goals.isError ? <LoadError error={goals.error} /> : null}
      {goals.data?.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="goals.none" />
        </p>
      ) : null}
      {goals.data?.length ? (
        <ul className="goal-list">
          {goals.data.map((goal) => (
            <li key={goal.id}>
              <GoalCard
                goal={goal}
                partnershipId={id}
                active={hub.active}
                announce={setStatus}
                onDelete={() => {
                  remove.reset();
                  setDeleting(goal);
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {hub.active ? (
        <GoalForm
          partnershipId={id}
          onAdded={(goal) => {
            setStatus(intl.formatMessage({ id: 'goals.added' }, { goal: goal.title }));
            focusAfterRender(goalHeadingId(goal));
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        onOpenChange={(open) => {
          if (!open) setDeleting(null);
        }}
        title={<FormattedMessage id="goals.deleteTitle" values={{ goal: deleting?.title ?? '' }} />}
        confirmLabel={<FormattedMessage id="goals.deleteConfirm" />}
        pending={remove.isPending}
        error={remove.isError ? describeError(intl, remove.error) : null}
        onConfirm={() => {
          if (!deleting) return;
          const goal = deleting;
          settle(remove.mutateAsync(goal.id), () => {
            setDeleting(null);
            setStatus(intl.formatMessage({ id: 'goals.deleted' }, { goal: goal.title }));
            focusAfterRender('goals-title');
          });
        }}
      >
        <p>
          <FormattedMessage id="goals.deleteBody" />
        </p>
      </ConfirmDialog>
    </section>
  );
}

const fields = ['title', 'description'] as const;

function GoalForm({ partnershipId, onAdded }: { partnershipId: string; onAdded: (goal: Goal) => void }) {
  const intl = useIntl();
  const create = useCreateGoal(partnershipId);
  const form = useFormErrors('goal', fields);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    if (!form.check({ title: title.trim() ? null : intl.formatMessage({ id: 'goals.titleRequired' }) })) return;
    settle(
      create.mutateAsync({ title: title.trim(), description: description.trim() }),
      (goal) => {
        setTitle('');
        setDescription('');
        onAdded(goal);
      },
      (error) => form.fromApi(error),
    );
  }

  return (
    <form className="form goal-form" onSubmit={submit} noValidate aria-labelledby="goal-form-title">
      <h3 id="goal-form-title">
        <FormattedMessage id="goals.addTitle" />
      </h3>
      {form.summary}
      <TextField
        id={form.fieldId('title')}
        label={<FormattedMessage id="goals.titleLabel" />}
        description={<FormattedMessage id="goals.titleHint" />}
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={form.error('title')}
      />
      <TextAreaField
        id={form.fieldId('description')}
        label={<FormattedMessage id="goals.descriptionLabel" />}
        optional
        rows={3}
        maxLength={5000}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={form.error('description')}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          <FormattedMessage id="goals.add" />
        </button>
      </div>
    </form>
  );
}
