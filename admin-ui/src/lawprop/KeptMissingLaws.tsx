// The laws a power sheet cites that the library lacks, once per law with the rows citing each and
// what became of its proposal (Art. 10). The department proposes each from here; once the justice
// bureau has accepted them, 重新校验 recomputes the preview from the rows kept on the server.
import { useState } from 'react';
import { Alert, Box, Button, Chip, List, ListItem, ListItemText, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { KeptMissingLaw } from './api';
import { ProposeLawDialog } from './ProposeLawDialog';

export interface KeptMissingLawsProps {
  laws: KeptMissingLaw[];
  busy: boolean;
  /** Whether the import is kept on the server (then it can be validated again without a new upload). */
  kept: boolean;
  onPropose(law: KeptMissingLaw, input: { title: string; level: string; issuingBody: string; promulgatedAt: string }): Promise<void>;
  onRevalidate(): void;
}

export const KeptMissingLaws = ({ laws, busy, kept, onPropose, onRevalidate }: KeptMissingLawsProps) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.lawprop.${key}`, options);
  const [proposing, setProposing] = useState<KeptMissingLaw | null>(null);
  if (laws.length === 0 && !kept) return null;
  const label = translate('app.import.missing_laws', { smart_count: laws.length });
  return (
    <Box>
      {laws.length > 0 && (
        <Alert severity="warning" role="region" aria-label={label}>
          {label}
          <List dense>
            {laws.map((law) => (
              <ListItem key={law.title} disableGutters secondaryAction={
                law.proposal?.state === 'proposed' || law.proposal?.state === 'accepted'
                  ? <Chip size="small" color={law.proposal.state === 'accepted' ? 'success' : 'default'} label={t(law.proposal.state)} />
                  : <Button size="small" onClick={() => setProposing(law)} disabled={busy}>{t('propose')}</Button>
              }>
                <ListItemText
                  primary={`《${law.title}》`}
                  secondary={[translate('app.import.missing_law_rows', { rows: law.rows.join('、') }), law.proposal?.state === 'refused' ? t('refused', { opinion: law.proposal.opinion ?? '' }) : ''].filter(Boolean).join('　')}
                />
              </ListItem>
            ))}
          </List>
        </Alert>
      )}
      {kept && (
        <Stack direction="row" justifyContent="flex-end" sx={{ mt: 1 }}>
          <Button variant="outlined" onClick={onRevalidate} disabled={busy}>{t('revalidate')}</Button>
        </Stack>
      )}
      {proposing && (
        <ProposeLawDialog
          title={proposing.title}
          rows={proposing.rows}
          onClose={() => setProposing(null)}
          onSend={async (input) => {
            await onPropose(proposing, input);
            setProposing(null);
          }}
        />
      )}
    </Box>
  );
};
