// The assessment's scoring sheet: who assesses whom under which plan, state, total and grade, the
// nine items, pre-scoring, the workflow steps the user may take (return asks for an opinion), and
// the history of steps.
import { useState } from 'react';
import { Alert, AlertTitle, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { ConfirmStepDialog } from '../desk';
import { ItemDialog } from './ItemDialog';
import { ItemsTable } from './ItemsTable';
import type { SheetItem } from './types';
import { useSheet } from './useSheet';

/** Steps that fix or publish the result: confirmed first, with their consequence (issue 14 point 5). */
const CONFIRMED_STEPS = ['approve', 'publish'];

export const SheetPanel = ({ id }: { id: string }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`app.assessments.${key}`, args);
  const notify = useNotify();
  const refresh = useRefresh();
  const { sheet, busy, refusal, clearRefusal, prescore, saveItem, transition } = useSheet(id);
  const [editing, setEditing] = useState<SheetItem | null>(null);
  const [opinionFor, setOpinionFor] = useState<string | null>(null);
  const [opinion, setOpinion] = useState('');
  const [confirmFor, setConfirmFor] = useState<string | null>(null);
  if (!sheet) return refusal ? <Alert severity="error">{refusal.message}</Alert> : <Typography>{t('loading')}</Typography>;
  const step = async (action: string, text?: string) => {
    if (await transition(action, text)) {
      notify('app.assessments.done', { type: 'success', messageArgs: { action: t(`actions.${action}`) } });
      refresh();
    }
  };
  return (
    <Box sx={{ display: 'grid', gap: 2, width: '100%' }}>
      <Stack direction="row" spacing={3} flexWrap="wrap" useFlexGap>
        <Typography><strong>{t('target')}</strong>：{sheet.target?.name ?? '—'}</Typography>
        <Typography><strong>{t('assessor')}</strong>：{sheet.assessor?.name ?? '—'}</Typography>
        <Typography><strong>{t('plan')}</strong>：{sheet.plan?.title ?? '—'}</Typography>
        <Typography><strong>{t('state')}</strong>：<span data-testid="assessment-state">{sheet.stateName}</span></Typography>
        <Typography><strong>{t('total')}</strong>：<span data-testid="assessment-total">{sheet.total ?? '—'}</span>{sheet.grade ? `（${sheet.grade}）` : ''}</Typography>
      </Stack>
      {sheet.reviewOpinion && sheet.state === 'draft' && <Alert severity="warning">{t('returned_with', { opinion: sheet.reviewOpinion })}</Alert>}
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        {sheet.editable && (
          <Button variant="outlined" disabled={busy} onClick={() => void prescore().then((ok) => ok && notify('app.assessments.prescored', { type: 'success' }))}>
            {t('run_prescore')}
          </Button>
        )}
        {sheet.actions.map((action) => (
          <Button key={action} variant={action === 'return' ? 'outlined' : 'contained'} color={action === 'return' ? 'warning' : 'primary'} disabled={busy}
            onClick={() => (sheet.opinionRequired.includes(action) ? setOpinionFor(action) : CONFIRMED_STEPS.includes(action) ? setConfirmFor(action) : void step(action))}>
            {t(`actions.${action}`)}
          </Button>
        ))}
        {!sheet.editable && sheet.actions.length === 0 && <Typography color="text.secondary">{t('no_actions')}</Typography>}
      </Stack>
      {refusal && !editing && (
        <Alert severity="error" onClose={clearRefusal}>
          <AlertTitle>{refusal.code}</AlertTitle>
          {refusal.message}
        </Alert>
      )}
      <ItemsTable sheet={sheet} onEdit={(item) => { clearRefusal(); setEditing(item); }} />
      <ItemDialog
        item={editing}
        busy={busy}
        errors={refusal?.fields ?? {}}
        onCancel={() => { clearRefusal(); setEditing(null); }}
        onSave={(input) => void saveItem(editing?.item ?? 0, input).then((ok) => ok && setEditing(null))}
      />
      {confirmFor && (
        <ConfirmStepDialog
          open
          title={translate(`app.desk.assessments.${confirmFor}_title`)}
          consequence={translate(`app.desk.assessments.${confirmFor}_consequence`)}
          confirmLabel={t(`actions.${confirmFor}`)}
          busy={busy}
          onCancel={() => setConfirmFor(null)}
          onConfirm={() => { const action = confirmFor; setConfirmFor(null); void step(action); }}
        />
      )}
      <Dialog open={opinionFor !== null} onClose={() => setOpinionFor(null)} fullWidth maxWidth="sm">
        <DialogTitle>{t('return_title')}</DialogTitle>
        <DialogContent>
          <TextField autoFocus required fullWidth multiline minRows={3} margin="dense" label={t('opinion')} value={opinion} onChange={(e) => setOpinion(e.target.value)} helperText={t('opinion_helper')} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpinionFor(null)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={opinion.trim() === '' || busy} onClick={() => { const action = opinionFor ?? ''; setOpinionFor(null); void step(action, opinion.trim()); setOpinion(''); }}>
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
      <Box component="section">
        <Typography variant="subtitle1" component="h2">{t('history')}</Typography>
        <List dense>
          {sheet.history.map((h, index) => (
            <ListItem key={`${h.at}-${index}`}>
              <ListItemText
                primary={`${h.at.slice(0, 16).replace('T', ' ')} ${h.organisation ?? ''} ${h.actor}：${t(`actions.${h.action}`)}`}
                secondary={h.opinion ?? undefined}
              />
            </ListItem>
          ))}
        </List>
      </Box>
    </Box>
  );
};
