import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { DataTable } from '../../components/data-table';
import { hiddenTag } from '../../components/visually-hidden';
import type { ReportTable as TableName } from '../../lib/contracts';
import { useReportContext } from './report-context';
import { tableCsvHref } from './report-filters';

interface ReportTableProps {
  id: string;
  /** Which of the report's CSV tables holds the same rows. */
  table: TableName;
  caption: string;
  columns: readonly string[];
  children: ReactNode;
}

/** A report table in its own scroll region, with the link to the same rows as CSV for the current filters. */
export function ReportTable({ id, table, caption, columns, children }: ReportTableProps) {
  const { programId, filters } = useReportContext();
  return (
    <div className="report-table">
      <DataTable labelledBy={`${id}-caption`} caption={caption} columns={columns} className="table--report">
        {children}
      </DataTable>
      <p className="report-table__download">
        <a href={tableCsvHref(programId, table, filters)} download>
          <FormattedMessage id="report.downloadCsv" values={{ table: caption, hidden: hiddenTag }} />
        </a>
      </p>
    </div>
  );
}
