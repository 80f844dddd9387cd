import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import { hiddenTag } from '../../components/visually-hidden';
import { AdminProgramPage } from '../programs/admin-program-page';
import { useSurveys } from './surveys-api';
import { audienceWords, triggerWords } from './survey-words';

/** The program's surveys (admins): when each goes out, to whom, and how many answered. */
export function SurveysPage() {
  return <AdminProgramPage titleId="surveys.title">{() => <SurveyList />}</AdminProgramPage>;
}

function SurveyList() {
  const intl = useIntl();
  const { programId = '' } = useParams();
  const surveys = useSurveys(programId);
  const base = `/programs/${programId}/surveys`;
  // The editor comes back here after saving, naming the survey it saved.
  const saved = (useLocation().state as { saved?: string } | null)?.saved ?? null;

  return (
    <>
      <p className="page__lede">
        <FormattedMessage id="surveys.lede" />
      </p>
      <p className="button-row">
        <Link to={`${base}/new`} className="button button--primary">
          <FormattedMessage id="surveys.new" />
        </Link>
        <Link to={`/programs/${programId}/report`} className="button button--secondary">
          <FormattedMessage id="surveys.reportLink" />
        </Link>
      </p>
      <StatusMessage>{saved ? <FormattedMessage id="surveys.saved" values={{ title: saved }} /> : null}</StatusMessage>
      {surveys.isPending ? <Loading /> : null}
      {surveys.isError ? <LoadError error={surveys.error} /> : null}
      {surveys.data?.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="surveys.empty" />
        </p>
      ) : null}
      {surveys.data && surveys.data.length > 0 ? (
        <DataTable
          labelledBy="surveys-caption"
          caption={<FormattedMessage id="surveys.caption" values={{ count: surveys.data.length }} />}
          columns={['surveys.colTitle', 'surveys.colTrigger', 'surveys.colAudience', 'surveys.colActive', 'surveys.colSent', 'surveys.colAnswered']}
        >
          {surveys.data.map((survey) => (
            <tr key={survey.id}>
              <th scope="row">
                <Link to={`${base}/${survey.id}`}>
                  <FormattedMessage id="surveys.edit" values={{ title: survey.title, hidden: hiddenTag }} />
                </Link>
              </th>
              <td>{triggerWords(intl, survey)}</td>
              <td>{audienceWords(intl, survey.audience)}</td>
              <td>
                <FormattedMessage id={survey.active ? 'surveys.activeYes' : 'surveys.activeNo'} />
              </td>
              <td>{intl.formatNumber(survey.sent)}</td>
              <td>
                {survey.answered > 0 ? (
                  <Link to={`${base}/${survey.id}/responses`}>
                    <FormattedMessage id="surveys.answeredLink" values={{ count: survey.answered, title: survey.title, hidden: hiddenTag }} />
                  </Link>
                ) : (
                  intl.formatNumber(0)
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
