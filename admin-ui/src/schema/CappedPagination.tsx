// The server stops counting a region's text search past 1,000 matches and answers 1001 (issue 17,
// cms/src/console/list-read.ts SEARCH_TOTAL_CAP): the footer then reads 「1000+ 条」 and still pages.
import type { TablePaginationProps } from '@mui/material';
import { Pagination, useTranslate, type PaginationProps } from 'react-admin';

/** Must match SEARCH_TOTAL_CAP on the server. */
export const SEARCH_TOTAL_CAP = 1000;

export function CappedPagination() {
  const translate = useTranslate();
  const labelDisplayedRows: TablePaginationProps['labelDisplayedRows'] = ({ from, to, count }) =>
    count === SEARCH_TOTAL_CAP + 1
      ? translate('app.lists.capped_total', { from, to, cap: SEARCH_TOTAL_CAP })
      : translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count });
  // react-admin's PaginationProps leave labelDisplayedRows out of the type, yet pass the rest
  // props to MUI's TablePagination after their own label, so this one wins.
  const override = { labelDisplayedRows } as Partial<TablePaginationProps> as PaginationProps;
  return <Pagination {...override} />;
}
