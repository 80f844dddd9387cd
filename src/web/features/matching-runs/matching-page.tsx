import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { Page } from '../../components/page';
import { LoadError, Loading } from '../../components/status';
import type { Run, RunMode } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { useProgramTopics } from '../profiles/profiles-api';
import { useProgram } from '../programs/programs-api';
import { useConstraints, useMatchingSettings, useRun, useRuns, useStartRun } from './matching-api';
import { RunView } from './run-view';
import { RunsList } from './runs-list';
import { SettingsForm } from './settings-form';
import { TopicsEditor } from './topics-editor';

const modes: readonly RunMode[] = ['best-total', 'most-matched'];

/** For admins: weights and limits, the topic list, and cohort matching runs from start to publishing. */
export function MatchingPage() {
  const intl = useIntl();
  const { programId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const program = useProgram(programId);
  const isAdmin = program.data?.myRoles.includes('admin') ?? false;
  const settings = useMatchingSettings(programId);
  const topics = useProgramTopics(programId);
  const runs = useRuns(programId);
  const constraints = useConstraints(programId);
  const runId = params.get('run') ?? runs.data?.[0]?.id ?? null;
  const run = useRun(programId, runId);
  const start = useStartRun(programId);
  const [mode, setMode] = useState<RunMode>('best-total');

  const title = program.data
    ? intl.formatMessage({ id: 'matching.title' }, { program: program.data.name })
    : intl.formatMessage({ id: 'program.loadingTitle' });

  function show(run: Run) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('run', run.id);
      return next;
    }, { replace: true });
    focusAfterRender('run-title');
  }

  function startRun(chosen: RunMode) {
    start.mutate(chosen, { onSuccess: show });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!start.isPending) startRun(mode);
  }

  return (
    <Page title={title} lede={isAdmin ? <FormattedMessage id="matching.lede" /> : undefined} width="data">
      <p className="link-line">
        <Link to={`/programs/${programId}`}>
          <FormattedMessage id="program.back" />
        </Link>
      </p>
      {program.isPending ? <Loading /> : null}
      {program.isError ? <LoadError error={program.error} /> : null}
      {program.data && !isAdmin ? (
        <p className="notice notice--info">
          <FormattedMessage id="error.adminOnly" />
        </p>
      ) : null}
      {isAdmin ? (
        <>
          <section className="section" aria-labelledby="start-title">
            <h2 id="start-title">
              <FormattedMessage id="matching.startTitle" />
            </h2>
            <p className="field__hint">
              <FormattedMessage id="matching.startHint" />
            </p>
            <form onSubmit={submit} className="form">
              <fieldset className="fieldset">
                <legend className="field__label">
                  <FormattedMessage id="matching.modeLegend" />
                </legend>
                {modes.map((m) => (
                  <label key={m} className="choice choice--block choice--described">
                    <input type="radio" name="run-mode" value={m} checked={mode === m} onChange={() => setMode(m)} aria-describedby={`mode-${m}-hint`} />
                    <span>
                      <FormattedMessage id={`run.mode.${m}`} />
                      <span className="choice__hint" id={`mode-${m}-hint`}>
                        <FormattedMessage id={`matching.modeHint.${m}`} />
                      </span>
                    </span>
                  </label>
                ))}
              </fieldset>
              <div role="alert">
                {start.isError ? <p className="notice notice--error">{describeError(intl, start.error)}</p> : null}
              </div>
              <div className="button-row">
                <button type="submit" className="button button--primary" disabled={start.isPending}>
                  <FormattedMessage id="matching.start" />
                </button>
              </div>
            </form>
          </section>
          {run.isError ? <LoadError error={run.error} /> : null}
          {run.data ? (
            <RunView
              key={run.data.run.id}
              programId={programId}
              detail={run.data}
              constraints={constraints.data ?? []}
              onRunAgain={startRun}
              starting={start.isPending}
            />
          ) : null}
          {runs.data ? <RunsList runs={runs.data} currentId={runId} onView={show} /> : null}
          {settings.data ? <SettingsForm programId={programId} settings={settings.data} /> : null}
          {topics.data ? <TopicsEditor programId={programId} topics={topics.data} /> : null}
        </>
      ) : null}
    </Page>
  );
}
