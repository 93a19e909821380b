// Where a list version stands: state, version, department, number of items, publication date, and
// the warning that the department is adjusting its list after a change of law (Art. 10, 13).
import type { ReactNode } from 'react';
import { Alert, Box, Chip, Typography } from '@mui/material';
import type { ListWorkflowView } from './parse';
import { useListText } from './useListText';

const STATE_COLORS: Record<string, 'default' | 'primary' | 'success' | 'warning' | 'error' | 'info'> = {
  draft: 'default',
  submitted: 'info',
  'legal-review': 'info',
  returned: 'warning',
  approved: 'primary',
  published: 'success',
  superseded: 'default',
  withdrawn: 'error',
};

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box>
    <Typography variant="caption" color="text.secondary" component="dt">
      {label}
    </Typography>
    <Typography variant="body1" component="dd" sx={{ m: 0 }}>
      {children}
    </Typography>
  </Box>
);

export const WorkflowSummary = ({ view }: { view: ListWorkflowView }) => {
  const { t, stateLabel } = useListText();
  return (
    <Box>
      {view.underAdjustment && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('under_adjustment')}
        </Alert>
      )}
      <Box component="dl" sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', m: 0 }}>
        <Fact label={t('state')}>
          <Chip label={stateLabel(view.state)} color={STATE_COLORS[view.state] ?? 'default'} size="small" data-testid="list-state" />
        </Fact>
        <Fact label={t('version_label')}>{t('version', { number: view.versionNumber })}</Fact>
        <Fact label={t('department')}>{view.department?.name ?? ''}</Fact>
        {view.department?.governmentName && <Fact label={t('government')}>{view.department.governmentName}</Fact>}
        <Fact label={t('item_count')}>{view.itemCount}</Fact>
        {view.publicationDate && <Fact label={t('publication_date')}>{view.publicationDate.slice(0, 10)}</Fact>}
      </Box>
    </Box>
  );
};
