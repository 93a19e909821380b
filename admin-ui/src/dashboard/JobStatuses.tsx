// 定时任务运行情况 (region dashboard): each job's last run, and the records that failed in it, so a
// record that stops escalation or expiry is seen and repaired instead of living in a log line.
import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { JobStatus } from './jobStatuses';

export const JobStatuses = ({ jobs }: { jobs: JobStatus[] }) => {
  const translate = useTranslate();
  if (jobs.length === 0) return null;
  const t = (key: string, options: Record<string, unknown> = {}) => translate(`app.dashboard.jobs.${key}`, options);
  return (
    <Box component="section" aria-labelledby="dashboard-jobs" sx={{ mb: 3 }}>
      <Typography id="dashboard-jobs" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('title')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))' }}>
        {jobs.map((job) => (
          <Card key={job.job} variant="outlined" sx={{ borderColor: job.failed > 0 ? 'error.main' : undefined }}>
            <CardContent>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                <Typography variant="subtitle2" component="p" sx={{ flex: 1 }}>
                  {t(`names.${job.job}`, { _: job.job })}
                </Typography>
                {job.failed > 0 && <Chip size="small" color="error" label={String(job.failed)} />}
              </Stack>
              <Typography variant="body2">{job.lastRunAt ? t('last_run', { date: new Date(job.lastRunAt).toLocaleString() }) : t('never')}</Typography>
              {job.lastRunAt && (
                <Typography variant="caption" color={job.failed > 0 ? 'error' : 'text.secondary'} component="p">
                  {t('counts', { succeeded: job.succeeded, failed: job.failed })}
                </Typography>
              )}
              {job.failures.map((f) => (
                <Typography key={f.recordId} variant="caption" color="error" component="p" sx={{ wordBreak: 'break-all' }}>
                  {t('failed_record', { id: f.recordId, error: f.error })}
                </Typography>
              ))}
            </CardContent>
          </Card>
        ))}
      </Box>
    </Box>
  );
};
