// Header → field, auto-mapped and editable: one native select per column (keyboard and screen
// reader friendly), with a sample cell so the user sees what the column holds.
import { Chip, NativeSelect, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { ColumnMapping, TargetOption } from './headerMapping';
import { useImportText } from './texts';

export interface MappingTableProps {
  mapping: ColumnMapping[];
  targets: TargetOption[];
  /** Translated label of a target. */
  targetLabel: (target: TargetOption) => string;
  samples: string[];
  onChange: (column: number, target: string | null) => void;
  disabled?: boolean;
}

const NONE = '';
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text).replace(/\n/g, ' ⏎ ');

export const MappingTable = ({ mapping, targets, targetLabel, samples, onChange, disabled }: MappingTableProps) => {
  const t = useImportText();
  return (
    <TableContainer sx={{ maxHeight: 320 }} tabIndex={0} aria-label={t('mapping_label')}>
      <Table size="small" stickyHeader>
        <TableHead>
          <TableRow>
            <TableCell>{t('header')}</TableCell>
            <TableCell>{t('sample')}</TableCell>
            <TableCell>{t('target')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {mapping
            .filter((m) => m.status !== 'blank' || samples[m.column])
            .map((m) => (
              <TableRow key={m.column}>
                <TableCell component="th" scope="row">
                  {m.header || `#${m.column + 1}`}
                  {(m.status === 'unknown' || m.status === 'duplicate') && (
                    <Chip size="small" color="warning" variant="outlined" sx={{ ml: 1 }} label={t(m.status === 'unknown' ? 'unknown_header' : 'duplicate_header')} />
                  )}
                </TableCell>
                <TableCell sx={{ color: 'text.secondary', maxWidth: 280 }}>{clip(samples[m.column] ?? '')}</TableCell>
                <TableCell>
                  <NativeSelect
                    value={m.target ?? NONE}
                    disabled={disabled}
                    onChange={(event) => onChange(m.column, event.target.value === NONE ? null : event.target.value)}
                    inputProps={{ 'aria-label': t('target_for', { header: m.header || `#${m.column + 1}` }) }}
                  >
                    <option value={NONE}>{t('not_imported')}</option>
                    {targets.map((target) => (
                      <option key={target.key} value={target.key}>
                        {targetLabel(target)}
                      </option>
                    ))}
                  </NativeSelect>
                </TableCell>
              </TableRow>
            ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
