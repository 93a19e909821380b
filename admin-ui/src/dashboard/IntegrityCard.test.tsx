// 数据完整性 on the region dashboard: each kind of orphan with its count and first records, in
// Chinese from the catalogue; a clean last run says so; no card without figures (other tiers).
import { render, screen } from '@testing-library/react';
import { AdminContext, memoryStore, testDataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { IntegrityCard } from './IntegrityCard';
import type { IntegrityFigures } from './integrityFigures';

const renderCard = (integrity: IntegrityFigures | null) =>
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
      <IntegrityCard integrity={integrity} />
    </AdminContext>,
  );

test('findings per kind with their counts and record ids', async () => {
  renderCard({ lastRunAt: '2026-12-05T02:41:00.000Z', failedChecks: 0, total: 3, findings: [
    { kind: 'officer-without-department', label: 'x', resource: 'officers', count: 2, recordIds: ['off1', 'off2'] },
    { kind: 'some-new-kind', label: '服务器给出的说明', resource: 'powers', count: 1, recordIds: ['r1'] },
  ] });
  expect(await screen.findByRole('heading', { level: 2, name: '数据完整性' })).toBeInTheDocument();
  expect(screen.getByText('行政执法人员缺少所属行政执法部门')).toBeInTheDocument();
  expect(screen.getByText('2')).toBeInTheDocument();
  expect(screen.getByText('记录：off1、off2')).toBeInTheDocument();
  // A kind the catalogue does not know yet shows the server's Chinese label.
  expect(screen.getByText('服务器给出的说明')).toBeInTheDocument();
});

test('a clean run says so; no figures, no card', async () => {
  const { unmount } = renderCard({ lastRunAt: '2026-12-05T02:41:00.000Z', failedChecks: 0, total: 0, findings: [] });
  expect(await screen.findByText('未发现孤立记录。')).toBeInTheDocument();
  unmount();
  renderCard(null);
  expect(screen.queryByRole('heading', { name: '数据完整性' })).toBeNull();
});
