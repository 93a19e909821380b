// The decision of a power adjustment as a task (issue 14 points 2 and 4): 提交 / 批准 / 不予批准
// buttons, each behind a confirmation naming its consequence, sending only the state, the opinion
// and the version read, never the request's own fields (which the reviewer may not change, and
// whose pickers cannot show a power outside the reviewer's scope, e.g. the league power of a 承接).
import { useState } from 'react';
import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { ConfirmStepDialog } from '../desk';
import { useSession } from '../providers/useSession';
import { adjustmentSteps, STEP_STATE, type AdjustmentStep } from './steps';

export const DecisionPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { me } = useSession();
  const [asking, setAsking] = useState<AdjustmentStep | null>(null);
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const steps = adjustmentSteps(me?.role, record.state);
  const kind = translate(`enums.power-adjustments.kind.${String(record.kind)}`, { _: translate('resources.power-adjustments.name', { smart_count: 1 }) });
  const t = (key: string) => translate(`app.desk.adjustment.${key}`, { kind });
  const consequence = (step: AdjustmentStep) =>
    step === 'approve' && record.kind === 'delegate' ? t('approve_consequence_delegate') : t(`${step}_consequence`);
  const take = (step: AdjustmentStep, opinion: string) => {
    const data: Record<string, unknown> = { state: STEP_STATE[step], updatedAt: record.updatedAt };
    if (step !== 'submit' && opinion) data.opinion = opinion;
    update(
      'power-adjustments',
      { id: record.id, data, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setAsking(null);
          notify(t(`done_${step}`), { type: 'success' });
          refresh();
        },
        onError: (error: unknown) => {
          setAsking(null);
          notify(error instanceof Error ? error.message : String(error), { type: 'error' });
        },
      },
    );
  };
  const status = record.state === 'submitted' ? 'waiting' : ['approved', 'rejected', 'applied'].includes(String(record.state)) ? 'decided' : 'nothing';
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('title')}
        </Typography>
        {steps.length === 0 ? (
          <Alert severity="info">{t(status)}</Alert>
        ) : (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {steps.map((step) => (
              <Button key={step} variant={step === 'reject' ? 'outlined' : 'contained'} color={step === 'reject' ? 'error' : step === 'approve' ? 'success' : 'primary'} disabled={isPending} onClick={() => setAsking(step)}>
                {t(step)}
              </Button>
            ))}
          </Stack>
        )}
      </CardContent>
      {asking && (
        <ConfirmStepDialog
          open
          title={t(`${asking}_title`)}
          consequence={consequence(asking)}
          confirmLabel={t(asking)}
          opinion={asking === 'reject' ? 'required' : asking === 'approve' ? 'optional' : 'none'}
          danger={asking === 'reject'}
          busy={isPending}
          onCancel={() => setAsking(null)}
          onConfirm={(opinion) => take(asking, opinion)}
        />
      )}
    </Card>
  );
};
