// A figure's link is the react-admin list URL whose ?filter= reproduces the figure; the dashboard
// body is trusted only once checked.
import { figureId, figureLink } from './links';
import { parseDashboard, type Figure } from './types';

const expiring: Figure = { key: 'certificatesExpiring', count: 2, resource: 'officers', params: { days: 60 }, filter: { status: 'valid', certificateExpiresAt_gte: '2026-11-26', certificateExpiresAt_lte: '2027-01-25' } };

test('the link carries the figure’s filter as JSON in ?filter= of the list path', () => {
  const link = figureLink(expiring, '/officers');
  expect(link.pathname).toBe('/officers');
  expect(JSON.parse(new URLSearchParams(link.search).get('filter') ?? '')).toEqual(expiring.filter);
});

test('id-list filters survive the round trip', () => {
  const gaps: Figure = { key: 'powersWithoutDecomposition', count: 2, resource: 'powers', filter: { id: ['a1', 'b2'] } };
  expect(JSON.parse(new URLSearchParams(figureLink(gaps, '/powers').search).get('filter') ?? '')).toEqual({ id: ['a1', 'b2'] });
});

test('figures sharing a key are told apart by their parameters', () => {
  expect(figureId(expiring)).not.toBe(figureId({ ...expiring, params: { days: 30 } }));
});

test('a malformed body is refused; malformed figures and filter values are dropped', () => {
  expect(parseDashboard(null)).toBeNull();
  expect(parseDashboard({ totals: [] })).toBeNull();
  const parsed = parseDashboard({
    today: '2026-11-26',
    context: { tier: 'county', governmentName: '锡林浩特市', organisation: '某局', scope: 'department' },
    totals: [{ key: 'activePowers', count: 9, resource: 'powers', filter: { status: ['valid'], bad: { $ne: 1 } } }, { key: 'broken' }],
    overdue: 'nope',
  });
  expect(parsed?.totals).toEqual([{ key: 'activePowers', count: 9, resource: 'powers', filter: { status: ['valid'] } }]);
  expect(parsed?.overdue).toEqual([]);
});
