// Issue 14 points 3 and 9: a year reads 2026 (not 2,026) and a task's 依据状态 reads 已修改 (not `amended`).
import { render, screen } from '@testing-library/react';
import { AdminContext, memoryStore, RecordContextProvider, testDataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import type { FieldSchema } from '../providers/types';
import { SchemaField } from './SchemaField';

const show = (resource: string, field: FieldSchema, record: Record<string, unknown>) =>
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
      <RecordContextProvider value={{ id: 'r1', ...record }}>
        <SchemaField resource={resource} field={field} path={field.name} source={field.name} />
      </RecordContextProvider>
    </AdminContext>,
  );

test('a year is written without a thousands separator', () => {
  show('annual-reports', { name: 'year', label: '年度', type: 'integer', required: true, personal: false }, { year: 2026 });
  expect(screen.getByText('2026')).toBeInTheDocument();
  expect(screen.queryByText('2,026')).not.toBeInTheDocument();
});

test('an adjustment task’s basis status reads in Chinese', () => {
  show('adjustment-tasks', { name: 'basisStatus', label: '依据状态', type: 'string', required: false, personal: false }, { basisStatus: 'amended' });
  expect(screen.getByText('已修改')).toBeInTheDocument();
});

test('a lapsed certificate reads as a warning in words, not as ✓', () => {
  show('posts', { name: 'certificateLapsed', label: '有人员证件失效', type: 'boolean', required: false, personal: false }, { certificateLapsed: true });
  expect(screen.getByText('有人员证件失效')).toBeInTheDocument();
  expect(document.querySelector('svg')).toBeNull();
});
