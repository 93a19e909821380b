import { ReportShow } from './ReportShow';

/** Annual reports (Art. 7): the generic list, form and record, and the working screen as show. */
export const annualReports = { show: ReportShow, rowClick: 'show' as const };
export { ReportShow };
export { ReportPanel } from './ReportPanel';
