import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../components/status';
import type { Report } from '../../lib/contracts';
import type { Program } from '../../lib/types';
import { CalendarDate } from '../programs/calendar-date';
import { AdminProgramPage } from '../programs/admin-program-page';
import { EnrolmentSection } from './enrolment-section';
import { FitChecksSection } from './fit-checks-section';
import { HeadlineFigures } from './headline-figures';
import { MeasuresSection } from './measures-section';
import { PartnershipsSection } from './partnerships-section';
import { useReport } from './report-api';
import { ReportContext } from './report-context';
import { reportFiltersFrom, reportParams, reportZipHref, type ReportFilters } from './report-filters';
import { ReportFiltersForm } from './report-filters-form';
import { StalledSection } from './stalled-section';
import '../../styles/report.css';

/** /programs/:programId/report — the program report for its admins, split by distance class. */
export function ReportPage() {
  return <AdminProgramPage titleId="report.title">{(program) => <ProgramReport program={program} />}</AdminProgramPage>;
}

function ProgramReport({ program }: { program: Program }) {
  const [params, setParams] = useSearchParams();
  const filters = reportFiltersFrom(params);
  const report = useReport(program.id, filters);

  function apply(patch: Partial<ReportFilters>) {
    // Replace, not push: Back leaves the report instead of stepping through each filter.
    setParams(reportParams({ ...filters, ...patch }), { replace: true });
  }

  return (
    <ReportContext.Provider value={{ programId: program.id, filters }}>
      <p className="link-line">
        <Link to={`/programs/${program.id}/surveys`}>
          <FormattedMessage id="report.surveysLink" />
        </Link>
      </p>
      <ReportFiltersForm cycles={program.cycles} filters={filters} onChange={apply} />
      {report.isPending ? <Loading /> : null}
      {report.isError ? <LoadError error={report.error} /> : null}
      {report.data ? <ReportBody report={report.data} stale={report.isPlaceholderData} programId={program.id} filters={filters} /> : null}
    </ReportContext.Provider>
  );
}

function ReportBody({ report, stale, programId, filters }: { report: Report; stale: boolean; programId: string; filters: ReportFilters }) {
  const intl = useIntl();
  const distance = report.filters.distance ? intl.formatMessage({ id: `distance.${report.filters.distance}` }) : null;
  const role = report.filters.role ? intl.formatMessage({ id: `role.${report.filters.role}` }) : null;
  return (
    <div className={stale ? 'report report--stale' : 'report'} aria-busy={stale || undefined}>
      <p role="status" className="report__range">
        <FormattedMessage
          id="report.range"
          values={{
            from: <CalendarDate value={report.range.from.slice(0, 10)} />,
            to: <CalendarDate value={report.range.to.slice(0, 10)} />,
            cycle: report.range.cycleName ?? 'none',
            distance: distance ?? 'all',
            role: role ?? 'both',
          }}
        />{' '}
        <FormattedMessage
          id="report.generated"
          values={{ at: <FormattedDate value={report.generatedAt} dateStyle="medium" timeStyle="short" /> }}
        />
      </p>
      <p className="button-row">
        <a className="button button--secondary" href={reportZipHref(programId, filters)} download>
          <FormattedMessage id="report.downloadZip" />
        </a>
      </p>
      <HeadlineFigures report={report} />
      <EnrolmentSection report={report} />
      <PartnershipsSection report={report} />
      <MeasuresSection report={report} />
      <FitChecksSection report={report} />
      <StalledSection report={report} />
    </div>
  );
}
