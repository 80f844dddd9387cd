import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import { focusAfterRender } from '../../lib/focus';
import { partnerName, useHub } from '../partnerships/hub-context';
import { EndDialog } from './end-dialog';
import { useReflection } from './ending-api';
import { ReflectionForm } from './reflection-form';

/** Ending the partnership well: the end with a reason, then each side's reflection; for the mentee, a new start. */
export function EndingPage() {
  const hub = useHub();
  const intl = useIntl();
  const { partnership: p, pair } = hub;
  const partner = partnerName(hub);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const reflection = useReflection(p.id, !hub.active);

  return (
    <section className="section" aria-labelledby="ending-title">
      <h2 id="ending-title" tabIndex={-1}>
        <FormattedMessage id={hub.active ? 'ending.title' : 'ending.endedTitle'} />
      </h2>
      <StatusMessage>{status}</StatusMessage>
      {hub.active ? (
        <>
          <p>
            <FormattedMessage id="ending.lede" values={{ name: partner }} />
          </p>
          <div className="button-row">
            <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
              <FormattedMessage id="ending.open" />
            </button>
          </div>
          <EndDialog
            isOpen={open}
            partnershipId={p.id}
            partner={partner}
            onClose={() => setOpen(false)}
            onEnded={(result) => {
              setOpen(false);
              setStatus(intl.formatMessage({ id: 'ending.ended' }, { name: partner, meetings: result.cancelledMeetings }));
              focusAfterRender('ending-title');
            }}
          />
        </>
      ) : (
        <>
          <dl className="facts">
            <div>
              <dt>
                <FormattedMessage id="ending.endedOn" />
              </dt>
              <dd>{p.endedAt ? <FormattedDate value={p.endedAt} dateStyle="long" /> : null}</dd>
            </div>
            <div>
              <dt>
                <FormattedMessage id="ending.endedBy" />
              </dt>
              <dd>{p.endedBy ? <FormattedMessage id="ending.by" values={{ who: p.endedBy === pair.side ? 'you' : 'other', name: pair.names[p.endedBy] }} /> : null}</dd>
            </div>
            <div>
              <dt>
                <FormattedMessage id="ending.reasonLegend" />
              </dt>
              <dd>{p.endReason ? <FormattedMessage id={`ending.reason.${p.endReason}`} /> : null}</dd>
            </div>
            {p.endNote ? (
              <div className="facts__wide">
                <dt>
                  <FormattedMessage id="ending.note" />
                </dt>
                <dd className="prose" dir="auto">
                  {p.endNote}
                </dd>
              </div>
            ) : null}
          </dl>
          {pair.side === 'mentee' ? (
            <p>
              <Link className="button button--primary" to={`/programs/${p.programId}/mentors`}>
                <FormattedMessage id="hub.findMentor" />
              </Link>
            </p>
          ) : null}
          <h3 id="reflection-title" tabIndex={-1}>
            <FormattedMessage id="reflection.title" />
          </h3>
          {reflection.isPending ? <Loading /> : null}
          {reflection.isError ? <LoadError error={reflection.error} /> : null}
          {reflection.data?.mine ? (
            <>
              <p>
                <FormattedMessage id="reflection.thanks" />
              </p>
              <dl className="facts">
                <div>
                  <dt>
                    <FormattedMessage id="reflection.ratingLegend" />
                  </dt>
                  <dd>
                    <FormattedMessage id="reflection.rating" values={{ rating: reflection.data.mine.rating }} />
                  </dd>
                </div>
                <div>
                  <dt>
                    <FormattedMessage id="reflection.recommendLegend" values={{ program: p.programName }} />
                  </dt>
                  <dd>
                    <FormattedMessage id={reflection.data.mine.wouldRecommend ? 'reflection.yes' : 'reflection.no'} />
                  </dd>
                </div>
                <div className="facts__wide">
                  <dt>
                    <FormattedMessage id="reflection.learnedLabel" />
                  </dt>
                  <dd className="prose" dir="auto">
                    {reflection.data.mine.learned}
                  </dd>
                </div>
              </dl>
            </>
          ) : null}
          {reflection.data?.canReflect ? (
            <>
              <p className="muted">
                <FormattedMessage id="reflection.lede" values={{ name: partner }} />
              </p>
              <ReflectionForm
                partnershipId={p.id}
                program={p.programName}
                onDone={() => {
                  setStatus(intl.formatMessage({ id: 'reflection.saved' }));
                  focusAfterRender('reflection-title');
                }}
              />
            </>
          ) : null}
          {reflection.data ? (
            <p className="muted">
              <FormattedMessage id={reflection.data.partnerReflected ? 'reflection.partnerDone' : 'reflection.partnerNotYet'} values={{ name: partner }} />
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
