// The nine items of Art. 24 with their weights and scoring guides (config/assessment.json), the
// system's pre-score of items 4–7 with the figures behind it, the score, and any override's reason.
import { Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { isOverride, type Sheet, type SheetItem } from './types';

export const ItemsTable = ({ sheet, onEdit }: { sheet: Sheet; onEdit: (item: SheetItem) => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`app.assessments.${key}`, args);
  return (
    <Table size="small" aria-label={t('items')}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">{t('columns.item')}</TableCell>
          <TableCell component="th" scope="col">{t('columns.weight')}</TableCell>
          <TableCell component="th" scope="col">{t('columns.prescore')}</TableCell>
          <TableCell component="th" scope="col">{t('columns.score')}</TableCell>
          <TableCell component="th" scope="col">{t('columns.finding')}</TableCell>
          <TableCell component="th" scope="col" />
        </TableRow>
      </TableHead>
      <TableBody>
        {sheet.items.map((item) => (
          <TableRow key={item.item} data-testid={`assessment-item-${item.item}`}>
            <TableCell>
              <Typography variant="body2">{item.item}. {item.name}</Typography>
              <Typography variant="caption" color="text.secondary">{item.guide}</Typography>
            </TableCell>
            <TableCell>{item.weight}</TableCell>
            <TableCell>
              {item.prescored ? (
                item.basis ? (
                  <>
                    <Typography variant="body2">{item.autoScore}</Typography>
                    <Typography variant="caption" color="text.secondary">{item.basis.summary}</Typography>
                  </>
                ) : (
                  <Typography variant="caption" color="text.secondary">{t('not_prescored')}</Typography>
                )
              ) : (
                '—'
              )}
            </TableCell>
            <TableCell>
              {item.score ?? '—'}
              {isOverride(item) && <Chip size="small" color="warning" label={t('overridden')} title={item.overrideReason ?? ''} sx={{ ml: 1 }} />}
            </TableCell>
            <TableCell>
              <Typography variant="body2">{item.finding ?? ''}</Typography>
              {item.overrideReason && <Typography variant="caption" color="text.secondary">{t('override_reason')}：{item.overrideReason}</Typography>}
            </TableCell>
            <TableCell>
              {sheet.editable && (
                <Button size="small" onClick={() => onEdit(item)} aria-label={t('edit_item', { item: item.item })}>
                  {t('edit')}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
