// One button per transition the server says the signed-in user may take now (workflow.actions),
// in workflow order. Return and withdraw ask for a written opinion or reason first; every other
// step asks for a confirmation naming its consequence (issue 14 point 5).
import { useState } from 'react';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ConfirmStepDialog } from '../desk';
import { OpinionDialog } from './OpinionDialog';
import { LIST_ACTIONS, type ListAction } from './parse';

/** Always asked for, whatever the server lists in opinionRequired (Art. 13). */
const OPINION_ACTIONS: readonly ListAction[] = ['return', 'withdraw'];

const COLORS: Record<ListAction, 'primary' | 'success' | 'warning' | 'error'> = {
  submit: 'primary',
  forward: 'primary',
  approve: 'success',
  return: 'warning',
  publish: 'success',
  withdraw: 'error',
};

export interface ActionButtonsProps {
  actions: readonly ListAction[];
  opinionRequired?: readonly ListAction[];
  busy?: boolean;
  onAction: (action: ListAction, opinion?: string) => void;
}

export const ActionButtons = ({ actions, opinionRequired = [], busy = false, onAction }: ActionButtonsProps) => {
  const translate = useTranslate();
  const [asking, setAsking] = useState<ListAction | null>(null);
  const [confirming, setConfirming] = useState<ListAction | null>(null);
  const shown = LIST_ACTIONS.filter((a) => actions.includes(a));
  if (shown.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.lists.no_actions')}
      </Typography>
    );
  }
  const needsOpinion = (action: ListAction) => OPINION_ACTIONS.includes(action) || opinionRequired.includes(action);
  return (
    <>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {shown.map((action) => (
          <Button
            key={action}
            variant={action === 'return' || action === 'withdraw' ? 'outlined' : 'contained'}
            color={COLORS[action]}
            disabled={busy}
            onClick={() => (needsOpinion(action) ? setAsking(action) : setConfirming(action))}
          >
            {translate(`app.transition.${action}`)}
          </Button>
        ))}
      </Stack>
      {confirming && (
        <ConfirmStepDialog
          open
          title={translate(`app.desk.lists.${confirming}_title`)}
          consequence={translate(`app.desk.lists.${confirming}_consequence`)}
          confirmLabel={translate(`app.transition.${confirming}`)}
          busy={busy}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            onAction(confirming);
          }}
        />
      )}
      {asking && (
        <OpinionDialog
          open
          action={asking}
          busy={busy}
          onCancel={() => setAsking(null)}
          onConfirm={(opinion) => {
            setAsking(null);
            onAction(asking, opinion);
          }}
        />
      )}
    </>
  );
};
