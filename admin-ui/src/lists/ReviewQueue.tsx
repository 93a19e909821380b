// 待办审核 (/review-queue): the list versions waiting for the signed-in user's action, each linking
// to its workflow screen with the actions the user may take there.
import { useCallback, useEffect, useState } from 'react';
import { Box, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Title, useCreatePath, useLogoutIfAccessDenied } from 'react-admin';
import { useWorkflowApi } from './api';
import { Loading, LoadFailed } from './LoadState';
import { parseReviewQueue, type ReviewQueueEntry } from './parse';
import { useListText } from './useListText';

export const REVIEW_QUEUE_PATH = '/review-queue';

function useReviewQueue() {
  const api = useWorkflowApi();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ entries: ReviewQueueEntry[] | null; error: unknown }>({ entries: null, error: null });
  useEffect(() => {
    let current = true;
    setState({ entries: null, error: null });
    api.reviewQueue().then(
      (body) => current && setState({ entries: parseReviewQueue(body), error: null }),
      (error: unknown) => {
        if (!current) return;
        setState({ entries: null, error });
        void logoutIfAccessDenied(error);
      },
    );
    return () => {
      current = false;
    };
  }, [api, attempt, logoutIfAccessDenied]);
  return { ...state, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}

export const ReviewQueue = () => {
  const { t, translate, actionLabel, stateLabel, dateTime } = useListText();
  const createPath = useCreatePath();
  const { entries, error, reload } = useReviewQueue();
  const title = t('queue.title');
  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Title title={title} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {error ? (
        <LoadFailed onRetry={reload} />
      ) : entries === null ? (
        <Loading />
      ) : entries.length === 0 ? (
        <Typography color="text.secondary">{t('queue.empty')}</Typography>
      ) : (
        <Paper variant="outlined">
          <Table aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">{t('queue.list')}</TableCell>
                <TableCell component="th" scope="col">{t('department')}</TableCell>
                <TableCell component="th" scope="col">{t('queue.government')}</TableCell>
                <TableCell component="th" scope="col">{t('version_label')}</TableCell>
                <TableCell component="th" scope="col">{t('state')}</TableCell>
                <TableCell component="th" scope="col">{t('queue.actions')}</TableCell>
                <TableCell component="th" scope="col">{t('queue.updated_at')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entries.map((entry) => {
                const to = createPath({ resource: 'responsibility-lists', id: entry.id, type: 'show' });
                return (
                  <TableRow key={entry.id} hover>
                    <TableCell component="th" scope="row">
                      <Link to={to}>{entry.title || translate('resources.responsibility-lists.name', { smart_count: 1 })}</Link>
                    </TableCell>
                    <TableCell>{entry.department.name}</TableCell>
                    <TableCell>{entry.governmentName ?? ''}</TableCell>
                    <TableCell>{t('version', { number: entry.versionNumber })}</TableCell>
                    <TableCell>{stateLabel(entry.state)}</TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                        {entry.actions.map((action) => (
                          <Chip key={action} size="small" variant="outlined" color="primary" label={actionLabel(action)} />
                        ))}
                      </Stack>
                    </TableCell>
                    <TableCell>{entry.updatedAt ? dateTime(entry.updatedAt) : ''}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Paper>
      )}
    </Box>
  );
};
