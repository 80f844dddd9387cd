import { FormattedDate, FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useMySurveyRequests } from './surveys-api';

interface PendingSurveysProps {
  /** Only this program's surveys (its home page); all of them on the programs list. */
  programId?: string;
  headingLevel?: 2 | 3;
}

/** "Surveys waiting for you": each open survey with the partner it is about and when it closes; nothing when there are none. */
export function PendingSurveys({ programId, headingLevel = 2 }: PendingSurveysProps) {
  const requests = useMySurveyRequests();
  const open = requests.data?.filter((r) => !programId || r.programId === programId) ?? [];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (open.length === 0) return null;

  return (
    <section className="panel panel--accent pending-surveys" aria-labelledby="pending-surveys-title">
      <Heading id="pending-surveys-title">
        <FormattedMessage id="pendingSurveys.title" />
      </Heading>
      <ul className="pending-surveys__list">
        {open.map((r) => (
          <li key={r.id} className="pending-surveys__item">
            <Link to={`/surveys/${r.id}`} className="pending-surveys__link">
              {r.title}
            </Link>
            <p className="muted">
              <FormattedMessage
                id={programId ? 'pendingSurveys.about' : 'pendingSurveys.aboutIn'}
                values={{
                  partner: r.partnerName,
                  program: r.programName,
                  date: (
                    <time dateTime={r.closesAt}>
                      <FormattedDate value={r.closesAt} dateStyle="medium" />
                    </time>
                  ),
                }}
              />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
