// Scoring one item of Art. 24: score (within the item's weight), findings, evidence and, when the
// score departs from the system's pre-score, the written reason the server requires.
import { useEffect, useId, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ItemInput } from './api';
import { isOverride, type SheetItem } from './types';

export interface ItemDialogProps {
  item: SheetItem | null;
  busy: boolean;
  /** The server's message for a field of this item (e.g. the reason's SCORE_OVERRIDE). */
  errors: Record<string, string>;
  onCancel: () => void;
  onSave: (input: ItemInput) => void;
}

export const ItemDialog = ({ item, busy, errors, onCancel, onSave }: ItemDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const [score, setScore] = useState('');
  const [finding, setFinding] = useState('');
  const [evidence, setEvidence] = useState('');
  const [reason, setReason] = useState('');
  useEffect(() => {
    setScore(item?.score === null || item?.score === undefined ? (item?.autoScore?.toString() ?? '') : String(item.score));
    setFinding(item?.finding ?? '');
    setEvidence(item?.evidence ?? '');
    setReason(item?.overrideReason ?? '');
  }, [item]);
  if (!item) return null;
  const value = Number(score);
  const invalid = score.trim() === '' || Number.isNaN(value) || value < 0 || value > item.weight;
  const overriding = isOverride({ score: invalid ? null : value, autoScore: item.autoScore });
  const t = (key: string, args?: Record<string, unknown>) => translate(`app.assessments.${key}`, args);
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('item_title', { item: item.item, name: item.name })}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="body2" color="text.secondary">{t('guide')}：{item.guide}</Typography>
        {item.basis && <Typography variant="body2">{t('prescore')}：{item.basis.summary}</Typography>}
        <TextField
          label={t('score_label', { weight: item.weight })}
          value={score}
          onChange={(e) => setScore(e.target.value)}
          inputProps={{ inputMode: 'decimal' }}
          error={invalid || Boolean(errors.score)}
          helperText={errors.score ?? (invalid ? t('score_range', { weight: item.weight }) : ' ')}
          autoFocus
        />
        <TextField label={t('finding')} value={finding} onChange={(e) => setFinding(e.target.value)} multiline minRows={2} />
        <TextField label={t('evidence')} value={evidence} onChange={(e) => setEvidence(e.target.value)} multiline minRows={2} />
        {(overriding || reason !== '') && (
          <TextField
            label={t('override_reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            multiline
            minRows={2}
            required={overriding}
            error={Boolean(errors.overrideReason)}
            helperText={errors.overrideReason ?? t('override_helper', { auto: item.autoScore ?? '' })}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={invalid || busy}
          onClick={() => onSave({ score: value, finding: finding.trim() || null, evidence: evidence.trim() || null, overrideReason: reason.trim() || null })}
        >
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
