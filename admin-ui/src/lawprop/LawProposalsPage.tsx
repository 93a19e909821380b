// 法律法规收录申请 (/law-proposals): the laws departments proposed from their sheets (Art. 10). The
// justice reviewer of their government accepts each into the legal-basis library (the server refuses
// a duplicate under another spelling and names the entry) or refuses it with an opinion; a department
// sees its own proposals and their outcome, and below them its kept imports, to validate again and
// file once the laws are in (KeptImports.tsx).
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useCan, useSession } from '../providers/useSession';
import { useLawpropApi, type LawProposal } from './api';
import { KeptImports } from './KeptImports';

export const LAW_PROPOSALS_PATH = '/law-proposals';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const Decision = ({ proposal, onDone }: { proposal: LawProposal; onDone(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useLawpropApi();
  const [opinion, setOpinion] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const decide = async (decision: 'accept' | 'refuse') => {
    setBusy(true);
    setError(null);
    try {
      await api.decide(proposal.id, decision, opinion);
      notify(`app.lawprop.page.${decision === 'accept' ? 'accepted' : 'refused'}`, { type: 'success' });
      onDone();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={1}>
      <TextField size="small" label={translate('app.lawprop.page.opinion')} value={opinion} onChange={(e) => setOpinion(e.target.value)} inputProps={{ maxLength: 2000 }} />
      <Stack direction="row" spacing={1}>
        <Button size="small" variant="contained" onClick={() => void decide('accept')} disabled={busy}>{translate('app.lawprop.page.accept')}</Button>
        <Button size="small" color="error" onClick={() => void decide('refuse')} disabled={busy || opinion.trim() === ''}>{translate('app.lawprop.page.refuse')}</Button>
      </Stack>
      {error && <Alert severity="error" role="alert">{error}</Alert>}
    </Stack>
  );
};

export const LawProposalsPage = () => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.lawprop.${key}`, options);
  const api = useLawpropApi();
  const { me } = useSession();
  const can = useCan();
  const reviewer = me?.role === 'justice-reviewer';
  const [all, setAll] = useState(false);
  const [proposals, setProposals] = useState<LawProposal[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    api.proposals(all ? undefined : 'proposed').then(setProposals, (e: unknown) => setError(messageOf(e)));
  }, [api, all]);
  useEffect(load, [load]);
  const stateLabel = (p: LawProposal) => (p.state === 'refused' ? t('refused', { opinion: p.opinion ?? '' }) : t(p.state));
  return (
    <Paper sx={{ p: 2, mt: 2 }}>
      <Title title={t('page.title')} />
      <Stack direction="row" justifyContent="flex-end">
        <Button onClick={() => setAll((v) => !v)}>{t(all ? 'page.show_open' : 'page.show_all')}</Button>
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {proposals && proposals.length === 0 && <Alert severity="info">{t('page.empty')}</Alert>}
      {proposals && proposals.length > 0 && (
        <Table size="small" aria-label={t('page.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('title')}</TableCell>
              <TableCell>{t('level')}</TableCell>
              <TableCell>{t('issuing_body')}</TableCell>
              <TableCell>{t('page.department')}</TableCell>
              <TableCell>{t('page.rows')}</TableCell>
              <TableCell>{t('page.state')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {proposals.map((p) => (
              <TableRow key={p.id}>
                <TableCell>《{p.title}》</TableCell>
                <TableCell>{translate(`enums.legal-bases.level.${p.level}`)}</TableCell>
                <TableCell>{[p.issuingBody, p.promulgatedAt].filter(Boolean).join(' · ')}</TableCell>
                <TableCell>{p.departmentName}</TableCell>
                <TableCell>{p.sheetRows.join('、')}</TableCell>
                <TableCell>
                  {reviewer && p.state === 'proposed' ? <Decision proposal={p} onDone={load} /> : <Chip size="small" label={stateLabel(p)} />}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {me?.scope === 'department' && can('power-adjustments', 'create') && <KeptImports />}
    </Paper>
  );
};
