// The console's home page (<Admin dashboard={Dashboard}>): loads the figures, then shows them.
import { Alert, Box, Button, CircularProgress } from '@mui/material';
import { DashboardView } from './DashboardView';
import { Inbox } from './Inbox';
import { useDashboardFigures, type LoadDashboard } from './useDashboardFigures';
import { useDashboardText } from './useDashboardText';

/** `load` replaces the request (tests, stories). */
export const DashboardScreen = ({ load }: { load?: LoadDashboard }) => {
  const t = useDashboardText();
  const { figures, loading, error, reload } = useDashboardFigures(load);
  if (figures && !error) return <DashboardView figures={figures} />;
  if (loading) {
    return (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 3 }}>
        <CircularProgress size={24} aria-hidden="true" />
        {t.text('loading')}
      </Box>
    );
  }
  return (
    <Alert severity="error" sx={{ m: 2 }} action={<Button color="inherit" size="small" onClick={reload}>{t.text('retry')}</Button>}>
      {t.text('error')}
    </Alert>
  );
};

/** Takes no props: react-admin passes its own (permissions) to the dashboard. What to do comes
 * first (the inbox), then the figures (issue 14, B). */
export const Dashboard = () => (
  <>
    <Inbox />
    <DashboardScreen />
  </>
);
