// The laws a sheet cites that the library lacks, once per law with the rows citing each (Art. 10):
// a county list cites the same law dozens of times, and one line per law is what the department
// proposes to the justice bureau, not one REFERENCE_NOT_FOUND per row.
import { Alert, List, ListItem, ListItemText } from '@mui/material';
import type { MissingLaw } from './missingLaws';
import { useImportText } from './texts';

export const MissingLawsList = ({ laws }: { laws: MissingLaw[] }) => {
  const t = useImportText();
  if (laws.length === 0) return null;
  return (
    <Alert severity="warning" role="region" aria-label={t('missing_laws', { smart_count: laws.length })}>
      {t('missing_laws', { smart_count: laws.length })}
      <List dense>
        {laws.map((law) => (
          <ListItem key={law.title} disableGutters>
            <ListItemText primary={`《${law.title}》`} secondary={t('missing_law_rows', { rows: law.rows.join('、') })} />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};
