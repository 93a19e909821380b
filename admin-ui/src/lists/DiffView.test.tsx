// The diff against the previous published version: what it is compared with (or that it is the
// first version), items added and removed, and each changed field by its Chinese label.
import { screen, within } from '@testing-library/react';
import { DiffView } from './DiffView';
import type { ListDiff } from './parse';
import { renderWithConsole } from './testing';

const diff: ListDiff = {
  against: { id: 'l0', versionNumber: 1, publicationDate: '2026-03-01T00:00:00.000Z' },
  added: [{ powerId: 'p9', code: '152502000CF00900', name: '对无证经营的处罚' }],
  removed: [{ powerId: 'p8', code: '152502000JC00800', name: '食品抽样检查' }],
  changed: [
    {
      powerId: 'p1',
      code: '152502000XK00100',
      name: '食品经营许可',
      fields: [
        { field: 'promisedTimeLimit', before: '20个工作日', after: '10个工作日' },
        { field: 'type', before: 'confirmation', after: 'licensing' },
        { field: 'consultationPhone', before: null, after: '0479-1234567' },
        { field: 'steps', before: [{ step: '受理', content: '当场受理', basis: null }], after: [{ step: '受理', content: '当场受理', basis: null }, { step: '审查', content: '书面审查', basis: null }] },
        { field: 'departmentName', before: '锡林浩特市工商局', after: '锡林浩特市市场监督管理局' },
      ],
    },
  ],
  unchanged: 7,
};

test('names the version compared with and its publication date', () => {
  renderWithConsole(<DiffView diff={diff} />);
  expect(screen.getByText('与第 1 版（2026-03-01 公布）对比')).toBeInTheDocument();
  expect(screen.getByText('未变更事项 7 项')).toBeInTheDocument();
});

test('lists added and removed items under their headings', () => {
  renderWithConsole(<DiffView diff={diff} />);
  const added = screen.getByRole('heading', { name: '新增事项（1）' }).closest('section');
  const removed = screen.getByRole('heading', { name: '删除事项（1）' }).closest('section');
  expect(added).toHaveTextContent('152502000CF00900对无证经营的处罚');
  expect(removed).toHaveTextContent('152502000JC00800食品抽样检查');
});

test('shows each changed field with its Chinese label, before and after', () => {
  renderWithConsole(<DiffView diff={diff} />);
  expect(screen.getByRole('heading', { name: '变更事项（1）' })).toBeInTheDocument();
  const table = screen.getByRole('table', { name: '152502000XK00100 食品经营许可' });
  const row = (label: string) => within(within(table).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
  expect(row('承诺时限')).toEqual(['20个工作日', '10个工作日']);
  expect(row('权力类型')).toEqual(['行政确认', '行政许可']);
  expect(row('咨询电话')).toEqual(['（空）', '0479-1234567']);
  expect(row('责任事项')).toEqual(['受理：当场受理', '受理：当场受理审查：书面审查']);
  expect(row('实施主体')).toEqual(['锡林浩特市工商局', '锡林浩特市市场监督管理局']);
});

test('a first version says there is nothing to compare with', () => {
  renderWithConsole(<DiffView diff={{ against: null, added: diff.added, removed: [], changed: [], unchanged: 0 }} />);
  expect(screen.getByText('首个版本：此前没有已公布的版本，全部事项均为新增。')).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: '新增事项（1）' })).toBeInTheDocument();
  expect(screen.queryByText(/未变更事项/)).not.toBeInTheDocument();
});

test('a version identical to the published one says so', () => {
  renderWithConsole(<DiffView diff={{ ...diff, added: [], removed: [], changed: [], unchanged: 9 }} />);
  expect(screen.getByText('与上一公布版本相比没有变化。')).toBeInTheDocument();
});
