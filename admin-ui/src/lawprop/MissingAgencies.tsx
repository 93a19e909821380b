// Agencies (执法机构) a power sheet names that the department does not have yet (issue 15): listed once
// each with the rows naming them; the department confirms and they are created in its own department
// before the batch (Art. 11: powers are decomposed to the department's agencies), then the sheet is
// validated again.
import { useState } from 'react';
import { Alert, Button, List, ListItem, ListItemText, Stack } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useSession } from '../providers/useSession';

export interface MissingAgency {
  name: string;
  rows: number[];
}

/** The agencies of a preview's problems, once per name, with the rows naming each. */
export function missingAgenciesOf(problems: readonly { sheetRow: number; agencyName?: string }[]): MissingAgency[] {
  const byName = new Map<string, MissingAgency>();
  for (const p of problems) {
    const name = p.agencyName?.trim();
    if (!name) continue;
    const entry = byName.get(name) ?? { name, rows: [] };
    if (!entry.rows.includes(p.sheetRow)) entry.rows.push(p.sheetRow);
    byName.set(name, entry);
  }
  return [...byName.values()].map((a) => ({ ...a, rows: [...a.rows].sort((x, y) => x - y) }));
}

export const MissingAgencies = ({ agencies, busy, onCreated }: { agencies: MissingAgency[]; busy: boolean; onCreated(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const { me } = useSession();
  const [creating, setCreating] = useState(false);
  if (agencies.length === 0 || !me?.departmentId) return null;
  const create = async () => {
    setCreating(true);
    try {
      for (const agency of agencies) await dataProvider.create('agencies', { data: { name: agency.name, department: me.departmentId } });
      notify('app.lawprop.agencies.created', { type: 'success', messageArgs: { smart_count: agencies.length } });
      onCreated();
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setCreating(false);
    }
  };
  const label = translate('app.lawprop.agencies.title', { smart_count: agencies.length });
  return (
    <Alert severity="warning" role="region" aria-label={label}>
      {label}
      <List dense>
        {agencies.map((a) => (
          <ListItem key={a.name} disableGutters>
            <ListItemText primary={a.name} secondary={translate('app.import.missing_law_rows', { rows: a.rows.join('、') })} />
          </ListItem>
        ))}
      </List>
      <Stack direction="row" justifyContent="flex-end">
        <Button variant="outlined" onClick={() => void create()} disabled={busy || creating}>{translate('app.lawprop.agencies.create')}</Button>
      </Stack>
    </Alert>
  );
};
