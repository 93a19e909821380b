// The tabs of the workflow screen: state and actions, history, diff. Each reads the shared load.
import { Box, Typography } from '@mui/material';
import { HttpError, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionButtons } from './ActionButtons';
import { DiffView } from './DiffView';
import { HistoryTimeline } from './HistoryTimeline';
import { Loading, LoadFailed } from './LoadState';
import type { ListAction } from './parse';
import { RefusalAlert } from './RefusalAlert';
import { useListText } from './useListText';
import { useWorkflowState } from './WorkflowContext';
import { WorkflowSummary } from './WorkflowSummary';

const serverMessage = (error: unknown): string | undefined =>
  error instanceof HttpError && error.message ? error.message : undefined;

export const WorkflowPanel = () => {
  const { workflow, busy, refusal, clearRefusal, reload, transition } = useWorkflowState();
  const { t, actionLabel } = useListText();
  const notify = useNotify();
  const refresh = useRefresh();
  if (workflow.loading && !workflow.data) return <Loading />;
  if (!workflow.data) return <LoadFailed onRetry={reload} message={serverMessage(workflow.error)} />;
  const view = workflow.data;
  const act = async (action: ListAction, opinion?: string) => {
    if (await transition(action, opinion)) {
      notify('app.lists.done', { type: 'success', messageArgs: { action: actionLabel(action) } });
      // The record behind the other tabs (state, opinion, publication date) changed too.
      refresh();
    }
  };
  return (
    <Box sx={{ display: 'grid', gap: 3, width: '100%' }}>
      <WorkflowSummary view={view} />
      <Box component="section" aria-labelledby="list-actions-heading">
        <Typography id="list-actions-heading" variant="subtitle1" component="h2" sx={{ mb: 1 }}>
          {t('actions')}
        </Typography>
        <ActionButtons actions={view.actions} opinionRequired={view.opinionRequired} busy={busy} onAction={(action, opinion) => void act(action, opinion)} />
      </Box>
      {refusal && <RefusalAlert refusal={refusal} onClose={clearRefusal} />}
    </Box>
  );
};

export const HistoryPanel = () => {
  const { workflow, reload } = useWorkflowState();
  if (workflow.loading && !workflow.data) return <Loading />;
  if (!workflow.data) return <LoadFailed onRetry={reload} message={serverMessage(workflow.error)} />;
  return <HistoryTimeline history={workflow.data.history} />;
};

export const DiffPanel = () => {
  const { diff, reload } = useWorkflowState();
  const translate = useTranslate();
  if (diff.loading && !diff.data) return <Loading />;
  if (!diff.data) return <LoadFailed onRetry={reload} message={serverMessage(diff.error) ?? translate('app.lists.load_error')} />;
  return <DiffView diff={diff.data} />;
};
