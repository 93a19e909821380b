// The dashboard reads the Art. 19 watch figures the server sends beside its groups, and labels them
// in Chinese; an old server without them leaves the list empty.
import { i18nProvider } from '../providers/i18nProvider';
import { parseDashboard } from '../dashboard/types';

const base = { today: '2026-11-26', context: { tier: 'county', governmentName: '锡林浩特市', organisation: '锡林浩特市市场监督管理局', scope: 'department' } };

it('第十九条 parses certificateWatch figures with their list filters', () => {
  const parsed = parseDashboard({
    ...base,
    certificateWatch: [
      { key: 'postsWithLapsedCertificates', count: 1, resource: 'posts', filter: { certificateLapsed: true } },
      { key: 'certificateReviewsDue', count: 2, resource: 'officers', filter: { status: 'valid', certificateReviewedAt_lte: '2025-01-25' }, params: { days: 60 } },
      { nonsense: true },
    ],
  });
  expect(parsed?.certificateWatch).toEqual([
    { key: 'postsWithLapsedCertificates', count: 1, resource: 'posts', filter: { certificateLapsed: true } },
    { key: 'certificateReviewsDue', count: 2, resource: 'officers', filter: { status: 'valid', certificateReviewedAt_lte: '2025-01-25' }, params: { days: 60 } },
  ]);
  expect(parseDashboard(base)?.certificateWatch).toEqual([]);
  expect(i18nProvider.translate('app.dashboard.figures.postsWithLapsedCertificates')).toBe('有执法职权但有人员证件失效的岗位');
});
