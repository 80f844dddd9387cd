import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { DateFilter } from '../../components/date-filter';
import { FilterSelect } from '../../components/search-filters';
import { LoadError, Loading } from '../../components/status';
import { hiddenTag } from '../../components/visually-hidden';
import { AdminProgramPage } from '../programs/admin-program-page';
import { QuestionSummaryView } from './question-summary';
import { responseFiltersFrom } from './response-filters';
import { ResponsesTable } from './responses-table';
import { responsesCsvHref, useSurveyResponses, type ResponseFilters } from './surveys-api';

/** /programs/:programId/surveys/:surveyId/responses — a survey's answers for the program's admins. */
export function SurveyResponsesPage() {
  return <AdminProgramPage titleId="surveyAnswers.title">{(program) => <SurveyResponses programId={program.id} />}</AdminProgramPage>;
}

function SurveyResponses({ programId }: { programId: string }) {
  const intl = useIntl();
  const { surveyId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filters = responseFiltersFrom(params);
  const data = useSurveyResponses(programId, surveyId, filters);
  const survey = data.data?.survey;
  const summary = data.data?.summary ?? [];
  const responses = data.data?.responses ?? [];

  function apply(patch: Partial<ResponseFilters>) {
    const next = { ...filters, ...patch };
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) query.set(key, value);
    setParams(query, { replace: true });
  }

  return (
    <>
      <p className="link-line">
        <Link to={`/programs/${programId}/surveys`}>
          <FormattedMessage id="surveys.back" />
        </Link>
      </p>
      {data.isPending ? <Loading /> : null}
      {data.isError ? <LoadError error={data.error} /> : null}
      {survey ? (
        <>
          <h2 className="survey-answers__title">{survey.title}</h2>
          <form role="search" aria-label={intl.formatMessage({ id: 'surveyAnswers.filtersLabel' })} className="filters" onSubmit={(e) => e.preventDefault()}>
            <FilterSelect id="answers-side" label={<FormattedMessage id="surveyAnswers.colSide" />} value={filters.side ?? ''} onChange={(v) => apply({ side: v === 'mentee' || v === 'mentor' ? v : null })}>
              <option value="">{intl.formatMessage({ id: 'surveyAnswers.bothSides' })}</option>
              <option value="mentee">{intl.formatMessage({ id: 'role.mentee' })}</option>
              <option value="mentor">{intl.formatMessage({ id: 'role.mentor' })}</option>
            </FilterSelect>
            <DateFilter id="answers-from" label="surveyAnswers.from" value={filters.from} onChange={(from) => apply({ from })} />
            <DateFilter id="answers-to" label="surveyAnswers.to" value={filters.to} onChange={(to) => apply({ to })} />
          </form>
          <p className="button-row">
            <a className="button button--secondary" href={responsesCsvHref(programId, surveyId, filters)} download>
              <FormattedMessage id="report.downloadCsv" values={{ table: survey.title, hidden: hiddenTag }} />
            </a>
          </p>
          <section className="section" aria-labelledby="answers-summary-title">
            <h2 id="answers-summary-title">
              <FormattedMessage id="surveyAnswers.summaryTitle" />
            </h2>
            <ol className="question-summaries">
              {survey.questions.map((q, i) => {
                const found = summary.find((s) => s.questionId === q.id);
                return found ? <QuestionSummaryView key={q.id} question={q} summary={found} index={i} /> : null;
              })}
            </ol>
          </section>
          <section className="section" aria-labelledby="answers-list-title">
            <h2 id="answers-list-title">
              <FormattedMessage id="surveyAnswers.listTitle" />
            </h2>
            {responses.length > 0 ? (
              <ResponsesTable questions={survey.questions} responses={responses} />
            ) : (
              <p className="muted">
                <FormattedMessage id="surveyAnswers.noResponses" />
              </p>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
