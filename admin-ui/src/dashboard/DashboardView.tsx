// The dashboard of a tier: what the user's scope holds, what is missing and what is due. Every
// figure is a link to the filtered list of its records.
import { Box, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { AccountabilityFigures } from './AccountabilityFigures';
import { AdjustmentTasks } from './AdjustmentTasks';
import { FigureBarChart } from './FigureBarChart';
import { FigureGroup } from './FigureGroup';
import { IntegrityCard } from './IntegrityCard';
import { JobStatuses } from './JobStatuses';
import { OverdueLists } from './OverdueLists';
import { SubordinateComparison } from './SubordinateComparison';
import { FigurePieChart } from './FigurePieChart';
import { useDashboardText } from './useDashboardText';
import type { DashboardFigures } from './types';

export const DashboardView = ({ figures }: { figures: DashboardFigures }) => {
  const t = useDashboardText();
  const title = t.title(figures.context);
  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Title title={title} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {/* What needs action first (issue 14 point 6), then the figures. */}
      <AdjustmentTasks tasks={figures.adjustmentTasks ?? []} today={figures.today} />
      {/* The late lists by name, as the inbox's 已逾期 lists them (the same server decision). */}
      <FigureGroup title={t.text('overdue')} figures={figures.overdue} alertWhenNonZero nonZeroOnly>
        <OverdueLists items={figures.overdueLists ?? []} figure={figures.overdue.find((f) => f.key === 'listsOverdue')} />
      </FigureGroup>
      <FigureGroup title={t.text('groups.certificates')} figures={[...figures.certificates, ...(figures.certificateWatch ?? [])]} alertWhenNonZero nonZeroOnly />
      <FigureGroup title={t.text('pending_reviews')} figures={figures.pendingReviews} alertWhenNonZero nonZeroOnly />
      {/* Then the figures: a league or the region first sees its subordinate governments side by side. */}
      <SubordinateComparison governments={figures.subordinates ?? []} />
      <FigureGroup title={t.text('groups.totals')} figures={[...figures.totals, ...figures.powersByStatus.filter((f) => f.count > 0 && f.key !== 'valid')]} labelOf={(f) => (f.key === 'activePowers' ? t.figureLabel(f) : t.valueLabel('powersByStatus', f.key))} />
      <Box sx={{ display: 'grid', gap: 2, mb: 3, gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' } }}>
        <FigureBarChart title={t.text('by_type')} figures={figures.powersByType} labelOf={(f) => t.valueLabel('powersByType', f.key)} />
        <FigurePieChart title={t.text('lists_by_state')} figures={figures.listsByState} labelOf={(f) => t.valueLabel('listsByState', f.key)} />
      </Box>
      <FigureGroup title={t.text('groups.completeness')} figures={figures.completeness} alertWhenNonZero />
      <AccountabilityFigures figures={figures.accountability ?? []} />
      <IntegrityCard integrity={figures.integrity} />
      <JobStatuses jobs={figures.jobs ?? []} />
    </Box>
  );
};
