// One department's published list: version and date, downloads, then its items, searchable by
// name or code and filterable by type, a page at a time. The search lives in the address, so a
// result can be bookmarked or shared.
import { useCallback } from 'react';
import { Alert, Box, Button, Link, Paper, Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router-dom';
import { PublicBreadcrumbs } from './Breadcrumbs';
import { ListMeta } from './ListMeta';
import { parseDepartmentBody, parseItemPage } from './parse';
import { publicPaths } from './paths';
import { departmentUrl, exportUrl, itemSearchParams, itemsUrl, PAGE_SIZES, parseItemSearch, type ItemSearch } from './query';
import { SearchBar } from './SearchBar';
import { Status } from './Status';
import { usePublicData } from './usePublicData';
import { usePublicText } from './usePublicText';
import { RatingForm } from './RatingForm';

const Items = ({ listId }: { listId: string }) => {
  const { t, field, enumLabel } = usePublicText();
  const [params, setParams] = useSearchParams();
  const search = parseItemSearch(params);
  const page = usePublicData(itemsUrl(listId, search), parseItemPage);
  const go = useCallback((next: ItemSearch) => setParams(itemSearchParams(next)), [setParams]);
  return (
    <Box>
      <SearchBar search={search} onChange={go} />
      {!page.data ? (
        <Status state={page} />
      ) : page.data.data.length === 0 ? (
        <Typography color="text.secondary" role="status">
          {t('items_empty')}
        </Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" role="status" sx={{ mb: 1 }}>
            {t('total', { total: page.data.meta.total })}
          </Typography>
          <Table size="small" aria-label={page.data.meta.department.name}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">{t('columns.code')}</TableCell>
                <TableCell component="th" scope="col">{t('columns.name')}</TableCell>
                <TableCell component="th" scope="col">{t('columns.type')}</TableCell>
                <TableCell component="th" scope="col">{t('columns.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {page.data.data.map((item) => (
                <TableRow key={item.id} hover>
                  <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{item.code}</TableCell>
                  <TableCell component="th" scope="row">
                    <Link component={RouterLink} to={publicPaths.item(item.id)}>
                      {item.name}
                    </Link>
                    {item.subItem && (
                      <Typography variant="body2" color="text.secondary">
                        {field('subItem')}：{item.subItem}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{enumLabel('powers.type', item.type)}</TableCell>
                  <TableCell>{enumLabel('powers.status', item.status)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={page.data.meta.total}
            // The server's page, kept within range (an old link may point past the last page).
            page={Math.min(Math.max(0, page.data.meta.page - 1), Math.max(0, Math.ceil(page.data.meta.total / search.pageSize) - 1))}
            rowsPerPage={search.pageSize}
            rowsPerPageOptions={[...PAGE_SIZES]}
            onPageChange={(_, next) => go({ ...search, page: next + 1 })}
            onRowsPerPageChange={(event) => go({ ...search, pageSize: Number(event.target.value), page: 1 })}
            labelRowsPerPage={t('rows_per_page')}
            labelDisplayedRows={({ from, to, count }) => t('range', { from, to, count })}
          />
        </>
      )}
    </Box>
  );
};

export const DepartmentPage = () => {
  const { id = '' } = useParams();
  const { t } = usePublicText();
  const department = usePublicData(departmentUrl(id), parseDepartmentBody);
  const data = department.data;
  return (
    <Box>
      <PublicBreadcrumbs
        crumbs={data ? [{ label: data.government.name, to: publicPaths.government(data.government.code) }, { label: data.name }] : []}
      />
      <Paper variant="outlined" component="section" aria-labelledby="public-department" sx={{ p: 2 }}>
        {!data ? (
          <Status state={department} />
        ) : (
          <>
            <Typography id="public-department" variant="h5" component="h2">
              {data.name}
            </Typography>
            {data.list?.title && (
              <Typography variant="subtitle1" sx={{ mb: 1 }}>
                {data.list.title}
              </Typography>
            )}
            {data.list ? (
              <>
                <ListMeta list={data.list} underAdjustment={data.underAdjustment} />
                {data.underAdjustment && (
                  <Alert severity="warning" sx={{ mt: 2 }}>
                    {t('under_adjustment_hint')}
                  </Alert>
                )}
                {data.list.state === 'superseded' && (
                  <Alert severity="info" sx={{ mt: 2 }}>
                    {t('superseded')}
                  </Alert>
                )}
                <Stack direction="row" spacing={1} sx={{ my: 2 }} aria-label={t('downloads')}>
                  <Button variant="outlined" size="small" startIcon={<DownloadIcon />} href={exportUrl(data.list.id, 'xlsx')} download sx={{ textTransform: 'none' }}>
                    {t('export_xlsx')}
                  </Button>
                  <Button variant="outlined" size="small" startIcon={<DownloadIcon />} href={exportUrl(data.list.id, 'csv')} download sx={{ textTransform: 'none' }}>
                    {t('export_csv')}
                  </Button>
                </Stack>
                <Items listId={data.list.id} />
              </>
            ) : (
              <Typography color="text.secondary">{t('not_found')}</Typography>
            )}
            {id && <RatingForm departmentId={id} />}
          </>
        )}
      </Paper>
    </Box>
  );
};
