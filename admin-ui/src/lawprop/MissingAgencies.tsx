// Agencies (执法机构) a power sheet names that the department does not have yet (issue 15): listed once
// each with the rows naming them. The clerk accepts them here; they are created with the batch power
// adjustment, under the department, when the justice reviewer approves it (Art. 11: powers are
// decomposed to the department's agencies) — nothing is created before, and a refusal creates none.
import { Alert, Button, List, ListItem, ListItemText, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MissingAgency } from './missingAgencies';

export { missingAgenciesOf, type MissingAgency } from './missingAgencies';

export const MissingAgencies = ({ agencies, busy, onAccept }: { agencies: MissingAgency[]; busy: boolean; onAccept(names: string[]): void }) => {
  const translate = useTranslate();
  if (agencies.length === 0) return null;
  const open = agencies.filter((a) => !a.accepted).map((a) => a.name);
  const label = translate('app.lawprop.agencies.title', { smart_count: agencies.length });
  return (
    <Alert severity={open.length > 0 ? 'warning' : 'info'} role="region" aria-label={label}>
      {label}
      <List dense>
        {agencies.map((a) => (
          <ListItem key={a.name} disableGutters>
            <ListItemText
              primary={a.accepted ? `${a.name}（${translate('app.lawprop.agencies.accepted')}）` : a.name}
              secondary={translate('app.import.missing_law_rows', { rows: a.rows.join('、') })}
            />
          </ListItem>
        ))}
      </List>
      {open.length > 0 && (
        <Stack direction="row" justifyContent="flex-end">
          <Button variant="outlined" onClick={() => onAccept(open)} disabled={busy}>{translate('app.lawprop.agencies.accept')}</Button>
        </Stack>
      )}
    </Alert>
  );
};
