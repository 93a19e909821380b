// A refused transition, in full: what rule (code), why (the server's Chinese message, naming the
// article) and, for the submission checks, every failing item and field so the editor can fix them.
import { Alert, AlertTitle, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { TransitionRefusal } from './refusal';
import { useListText } from './useListText';

export const RefusalAlert = ({ refusal, onClose }: { refusal: TransitionRefusal; onClose?: () => void }) => {
  const { t, fieldLabel, refusalMessage } = useListText();
  return (
    <Alert severity="error" onClose={onClose} sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      <AlertTitle>{t('refusal_title', { code: refusal.code })}</AlertTitle>
      <Typography variant="body2">{refusalMessage(refusal.code, refusal.message)}</Typography>
      {refusal.items.length > 0 && (
        <Table size="small" sx={{ mt: 1 }} aria-label={t('refusal_items')}>
          <caption style={{ captionSide: 'top', textAlign: 'left', padding: 0 }}>{t('refusal_items')}</caption>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">{t('refusal_columns.item')}</TableCell>
              <TableCell component="th" scope="col">{t('refusal_columns.field')}</TableCell>
              <TableCell component="th" scope="col">{t('refusal_columns.message')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {refusal.items.map((entry, index) => (
              <TableRow key={`${entry.item}-${entry.field}-${index}`}>
                <TableCell>{entry.item}</TableCell>
                <TableCell>{entry.field ? fieldLabel(entry.field.split('.')[0]) : ''}</TableCell>
                <TableCell>{entry.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Alert>
  );
};
