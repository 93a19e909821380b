export { Dashboard, DashboardScreen } from './Dashboard';
export { DashboardView } from './DashboardView';
export { parseDashboard, type DashboardFigures, type Figure } from './types';
