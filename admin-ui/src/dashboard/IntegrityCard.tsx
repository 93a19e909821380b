// 数据完整性 (region dashboard, issue 13): what the nightly integrity check found in its last run,
// the count per kind of record that lost a relation it cannot be without, and the first record
// ids, so that someone reattaches or removes them instead of a job failing on them every hour.
import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { IntegrityFigures } from './integrityFigures';

export const IntegrityCard = ({ integrity }: { integrity: IntegrityFigures | null | undefined }) => {
  const translate = useTranslate();
  if (!integrity) return null;
  const t = (key: string, options: Record<string, unknown> = {}) => translate(`app.dashboard.integrity.${key}`, options);
  const alert = integrity.total > 0 || integrity.failedChecks > 0;
  return (
    <Box component="section" aria-labelledby="dashboard-integrity" sx={{ mb: 3 }}>
      <Typography id="dashboard-integrity" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('title')}
      </Typography>
      <Card variant="outlined" sx={{ borderColor: alert ? 'error.main' : undefined }}>
        <CardContent>
          <Typography variant="body2">{integrity.lastRunAt ? t('last_run', { date: new Date(integrity.lastRunAt).toLocaleString() }) : t('never')}</Typography>
          {integrity.lastRunAt && integrity.total === 0 && <Typography variant="body2" color="text.secondary">{t('none_found')}</Typography>}
          {integrity.failedChecks > 0 && <Typography variant="body2" color="error">{t('failed_checks', { count: integrity.failedChecks })}</Typography>}
          {integrity.findings.map((finding) => (
            <Box key={finding.kind} sx={{ mt: 1 }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography variant="subtitle2" component="p" sx={{ flex: 1 }}>
                  {t(`kinds.${finding.kind}`, { _: finding.label })}
                </Typography>
                <Chip size="small" color="error" label={String(finding.count)} />
              </Stack>
              <Typography variant="caption" color="text.secondary" component="p" sx={{ wordBreak: 'break-all' }}>
                {t('records', { ids: finding.recordIds.join('、') })}
              </Typography>
            </Box>
          ))}
        </CardContent>
      </Card>
    </Box>
  );
};
