// 尽职免责 (Art. 29): the checklist of config/accountability.json's criteria, each met or not, and a
// decision with reasons. Required criteria are marked; confirming needs them met and the reasons long
// enough, and the server checks the same (EXEMPTION_DECISION).
import { useEffect, useId, useState } from 'react';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormGroup, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { fetchCriteria } from './api';
import { checklistFor, exemptionReady, type AccountabilityCriteria, type ChecklistEntry } from './parse';
import { useCaseText } from './useCaseText';
import type { useCaseUpdate } from './useCaseUpdate';

export const ExemptionDialog = ({ open, onClose, step }: { open: boolean; onClose: () => void; step: ReturnType<typeof useCaseUpdate> }) => {
  const translate = useTranslate();
  const { t } = useCaseText();
  const titleId = useId();
  const [criteria, setCriteria] = useState<AccountabilityCriteria | null>(null);
  const [checklist, setChecklist] = useState<ChecklistEntry[]>([]);
  const [reasons, setReasons] = useState('');
  useEffect(() => {
    if (!open) return;
    let live = true;
    fetchCriteria().then((loaded) => {
      if (!live || !loaded) return;
      setCriteria(loaded);
      setChecklist(checklistFor(step.record?.exemptionChecklist, loaded.criteria));
    }).catch(() => setCriteria(null));
    return () => { live = false; };
  }, [open, step.record?.exemptionChecklist]);
  const toggle = (key: string, met: boolean) => setChecklist((list) => list.map((e) => (e.key === key ? { ...e, met } : e)));
  const ready = criteria !== null && exemptionReady(checklist, criteria.criteria, reasons, criteria.minReasonLength);
  const confirm = async () => {
    if (await step.update({ state: 'exempted', exemptionChecklist: checklist, exemptionDecision: reasons.trim() })) onClose();
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('exempt_title')}</DialogTitle>
      <DialogContent>
        {step.error && <Alert severity="error" role="alert" sx={{ mb: 2 }}>{step.error}</Alert>}
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('exempt_helper')}</Typography>
        <FormGroup aria-label={t('checklist')}>
          {(criteria?.criteria ?? []).map((c) => (
            <FormControlLabel
              key={c.key}
              control={<Checkbox checked={checklist.some((e) => e.key === c.key && e.met)} onChange={(e) => toggle(c.key, e.target.checked)} />}
              label={c.required ? `${c.name}${t('required_mark')}` : c.name}
            />
          ))}
        </FormGroup>
        <TextField fullWidth multiline minRows={3} margin="dense" label={t('reasons')} value={reasons} onChange={(e) => setReasons(e.target.value)}
          helperText={t('reasons_helper', { count: criteria?.minReasonLength ?? 1 })} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={confirm} disabled={!ready || step.busy}>{t('confirm')}</Button>
      </DialogActions>
    </Dialog>
  );
};
