import { createContext, useContext } from 'react';
import type { ReportFilters } from './report-filters';

interface ReportContextValue {
  programId: string;
  filters: ReportFilters;
}

/** The program and filters the report on screen was made for (for its CSV links). */
export const ReportContext = createContext<ReportContextValue | null>(null);

export function useReportContext(): ReportContextValue {
  const value = useContext(ReportContext);
  if (!value) throw new Error('useReportContext outside a report');
  return value;
}
