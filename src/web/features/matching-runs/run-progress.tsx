import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Run } from '../../lib/contracts';

const stages = ['loading', 'scoring', 'solving', 'explaining', 'done', 'failed'] as const;
type Stage = (typeof stages)[number];
const stageOf = (stage: string): Stage => stages.find((s) => s === stage) ?? 'loading';

/**
 * A running run's progress: a progress bar with its percentage and stage in words. Only a
 * change of stage goes to the polite live region, so the twice-a-second polls are not all read out.
 */
export function RunProgress({ run }: { run: Run }) {
  const intl = useIntl();
  const stage = stageOf(run.stage);
  const [announced, setAnnounced] = useState('');
  const last = useRef<string | null>(null);

  useEffect(() => {
    if (last.current === stage) return;
    last.current = stage;
    setAnnounced(intl.formatMessage({ id: 'run.stageAnnounce' }, { stage: intl.formatMessage({ id: `run.stage.${stage}` }) }));
  }, [stage, intl]);

  return (
    <div className="run-progress">
      <p id="run-progress-label" className="run-progress__label">
        <FormattedMessage id={`run.stage.${stage}`} />{' '}
        <span className="run-progress__percent">{intl.formatNumber(run.progress, { style: 'percent', maximumFractionDigits: 0 })}</span>
      </p>
      <progress className="run-progress__bar" max={1} value={run.progress} aria-labelledby="run-progress-label" />
      <p role="status" className="visually-hidden">
        {announced}
      </p>
    </div>
  );
}
