import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { StatusMessage } from '../../components/status';
import { hiddenTag } from '../../components/visually-hidden';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import type { Cycle, Program } from '../../lib/types';
import { CalendarDate } from './calendar-date';
import { CycleForm } from './cycle-form';
import { useCreateCycle, useDeleteCycle, useUpdateCycle } from './programs-api';

/** Add, edit and delete a program's cycles, one form open at a time. */
export function CycleEditor({ program }: { program: Program }) {
  const intl = useIntl();
  const create = useCreateCycle(program.id);
  const update = useUpdateCycle(program.id);
  const remove = useDeleteCycle(program.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Cycle | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [addKey, setAddKey] = useState(0);

  return (
    <section className="section" aria-labelledby="cycles-edit-title">
      <h2 id="cycles-edit-title">
        <FormattedMessage id="programEdit.cycles" />
      </h2>
      <p className="muted">
        <FormattedMessage id="programEdit.cyclesHint" />
      </p>
      <StatusMessage>{announcement}</StatusMessage>
      <ul className="cycle-list">
        {program.cycles.map((cycle) => (
          <li key={cycle.id} className="cycle">
            <h3 className="cycle__name">{cycle.name}</h3>
            {editing === cycle.id ? (
              <CycleForm
                formId={`cycle-${cycle.id}`}
                initial={cycle}
                pending={update.isPending}
                submitLabel={<FormattedMessage id="programEdit.saveCycle" />}
                autoFocus
                onCancel={() => {
                  setEditing(null);
                  focusAfterRender(`edit-cycle-${cycle.id}`);
                }}
                onSubmit={(input, onError) =>
                  update.mutate(
                    { ...input, id: cycle.id },
                    {
                      onSuccess: () => {
                        setEditing(null);
                        focusAfterRender(`edit-cycle-${cycle.id}`);
                        setAnnouncement(intl.formatMessage({ id: 'programEdit.cycleSaved' }, { name: input.name }));
                      },
                      onError,
                    },
                  )
                }
              />
            ) : (
              <>
                <p className="cycle__summary">
                  <CalendarDate value={cycle.enrolmentOpensOn} /> – <CalendarDate value={cycle.closesOn} />
                </p>
                <div className="button-row">
                  <button
                    type="button"
                    id={`edit-cycle-${cycle.id}`}
                    className="button button--secondary"
                    onClick={() => setEditing(cycle.id)}
                  >
                    <FormattedMessage id="programEdit.editCycle" values={{ name: cycle.name, hidden: hiddenTag }} />
                  </button>
                  <button type="button" className="button button--danger-quiet" onClick={() => setDeleting(cycle)}>
                    <FormattedMessage id="programEdit.deleteCycle" values={{ name: cycle.name, hidden: hiddenTag }} />
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <h3>
        <FormattedMessage id="programEdit.addCycle" />
      </h3>
      <CycleForm
        key={addKey}
        formId="cycle-new"
        pending={create.isPending}
        submitLabel={<FormattedMessage id="programEdit.addCycleSubmit" />}
        onSubmit={(input, onError) =>
          create.mutate(input, {
            onSuccess: () => {
              setAddKey((k) => k + 1);
              setAnnouncement(intl.formatMessage({ id: 'programEdit.cycleAdded' }, { name: input.name }));
            },
            onError,
          })
        }
      />
      <ConfirmDialog
        isOpen={deleting !== null}
        onOpenChange={(open) => {
          if (!open) {
            setDeleting(null);
            remove.reset();
          }
        }}
        title={<FormattedMessage id="programEdit.deleteTitle" values={{ name: deleting?.name ?? '' }} />}
        confirmLabel={<FormattedMessage id="programEdit.deleteConfirm" />}
        pending={remove.isPending}
        error={remove.isError ? describeError(intl, remove.error) : null}
        onConfirm={() => {
          if (!deleting) return;
          const name = deleting.name;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              focusAfterRender('cycles-edit-title');
              setAnnouncement(intl.formatMessage({ id: 'programEdit.cycleDeleted' }, { name }));
            },
          });
        }}
      >
        <p>
          <FormattedMessage id="programEdit.deleteBody" />
        </p>
      </ConfirmDialog>
    </section>
  );
}
