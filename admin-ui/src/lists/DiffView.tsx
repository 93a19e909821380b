// This version against the previous published one (Art. 13): items added, removed, and changed
// field by field, each field by its Chinese label, values before and after.
import type { ReactNode } from 'react';
import { Alert, Box, Chip, List, ListItem, ListItemText, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatItemValue } from './diffFormat';
import type { ListDiff } from './parse';
import { useListText } from './useListText';

const ItemName = ({ code, name }: { code: string; name: string }) => (
  <>
    {code && (
      <Box component="span" sx={{ fontFamily: 'monospace', mr: 1 }}>
        {code}
      </Box>
    )}
    {name}
  </>
);

const Lines = ({ lines, empty }: { lines: string[]; empty: string }) => {
  if (lines.length === 0) return <Typography variant="body2" color="text.secondary">{empty}</Typography>;
  if (lines.length === 1) return <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>{lines[0]}</Typography>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {lines.map((line, index) => (
        <Typography component="li" variant="body2" key={index}>
          {line}
        </Typography>
      ))}
    </Box>
  );
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box component="section" sx={{ mb: 3 }}>
    <Typography variant="subtitle1" component="h3" sx={{ mb: 1 }}>
      {title}
    </Typography>
    {children}
  </Box>
);

export const DiffView = ({ diff }: { diff: ListDiff }) => {
  const { t, fieldLabel, enumLabel } = useListText();
  const labels = { enumLabel };
  const empty = t('diff.empty');
  const nothingChanged = diff.against !== null && diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
  return (
    <Box>
      <Alert severity={diff.against ? 'info' : 'success'} sx={{ mb: 2 }}>
        {diff.against
          ? diff.against.publicationDate
            ? t('diff.against', { number: diff.against.versionNumber, date: diff.against.publicationDate.slice(0, 10) })
            : t('diff.against_undated', { number: diff.against.versionNumber })
          : t('diff.first')}
      </Alert>
      {nothingChanged && <Typography sx={{ mb: 2 }}>{t('diff.none')}</Typography>}
      {diff.added.length > 0 && (
        <Section title={t('diff.added', { count: diff.added.length })}>
          <List dense disablePadding>
            {diff.added.map((item) => (
              <ListItem key={item.powerId || item.code} disableGutters>
                <Chip size="small" color="success" label="+" sx={{ mr: 1 }} aria-hidden="true" />
                <ListItemText primary={<ItemName code={item.code} name={item.name} />} />
              </ListItem>
            ))}
          </List>
        </Section>
      )}
      {diff.removed.length > 0 && (
        <Section title={t('diff.removed', { count: diff.removed.length })}>
          <List dense disablePadding>
            {diff.removed.map((item) => (
              <ListItem key={item.powerId || item.code} disableGutters>
                <Chip size="small" color="error" label="−" sx={{ mr: 1 }} aria-hidden="true" />
                <ListItemText primary={<ItemName code={item.code} name={item.name} />} />
              </ListItem>
            ))}
          </List>
        </Section>
      )}
      {diff.changed.length > 0 && (
        <Section title={t('diff.changed', { count: diff.changed.length })}>
          {diff.changed.map((item) => (
            <Box key={item.powerId || item.code} sx={{ mb: 2 }}>
              <Typography variant="subtitle2" component="h4">
                <ItemName code={item.code} name={item.name} />
              </Typography>
              <Table size="small" aria-label={`${item.code} ${item.name}`}>
                <TableHead>
                  <TableRow>
                    <TableCell component="th" scope="col" sx={{ width: '20%' }}>{t('diff.field')}</TableCell>
                    <TableCell component="th" scope="col" sx={{ width: '40%' }}>{t('diff.before')}</TableCell>
                    <TableCell component="th" scope="col" sx={{ width: '40%' }}>{t('diff.after')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {item.fields.map((change) => (
                    <TableRow key={change.field}>
                      <TableCell component="th" scope="row">{fieldLabel(change.field)}</TableCell>
                      <TableCell sx={{ bgcolor: 'rgba(211, 47, 47, 0.06)' }}>
                        <Lines lines={formatItemValue(change.field, change.before, labels)} empty={empty} />
                      </TableCell>
                      <TableCell sx={{ bgcolor: 'rgba(46, 125, 50, 0.08)' }}>
                        <Lines lines={formatItemValue(change.field, change.after, labels)} empty={empty} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          ))}
        </Section>
      )}
      {diff.against && diff.unchanged > 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('diff.unchanged', { count: diff.unchanged })}
        </Typography>
      )}
    </Box>
  );
};
