// 待办审核: each waiting version links to its workflow screen and names the actions available there.
import { screen, within } from '@testing-library/react';
import { parseReviewQueue, parseWorkflow } from './parse';
import { ReviewQueue } from './ReviewQueue';
import { fakeApi, renderWithConsole } from './testing';

const entry = {
  id: 'l7',
  title: '锡林浩特市市场监督管理局权责清单（2026年版）',
  versionNumber: 1,
  state: 'legal-review',
  department: { id: 'd1', name: '锡林浩特市市场监督管理局' },
  governmentName: '锡林浩特市',
  actions: ['return', 'approve'],
  updatedAt: '2026-11-26T08:00:00.000Z',
};

test('each row links to the workflow screen and shows the actions in workflow order', async () => {
  renderWithConsole(<ReviewQueue />, fakeApi({ reviewQueue: jest.fn(async () => ({ data: [entry] })) }));
  const link = await screen.findByRole('link', { name: entry.title });
  expect(link.getAttribute('href')).toMatch(/\/responsibility-lists\/l7\/show$/);
  const row = link.closest('tr') as HTMLElement;
  expect(within(row).getByText('法制审核中')).toBeInTheDocument();
  expect(within(row).getByText('锡林浩特市')).toBeInTheDocument();
  expect([...row.querySelectorAll('.MuiChip-label')].map((c) => c.textContent)).toEqual(['审核通过', '退回']);
});

test('an empty queue says so', async () => {
  renderWithConsole(<ReviewQueue />);
  expect(await screen.findByText('当前没有等待您办理的权责清单。')).toBeInTheDocument();
});

test('malformed entries and unknown actions are dropped', () => {
  expect(parseReviewQueue({ data: [entry, { id: 'x' }, null] }).map((e) => e.id)).toEqual(['l7']);
  expect(parseReviewQueue({ data: [{ ...entry, actions: ['approve', 'delete'] }] })[0].actions).toEqual(['approve']);
  expect(parseReviewQueue([])).toEqual([]);
  expect(parseWorkflow({ id: 5, state: 'draft', actions: ['submit', 'hack'], history: [{ action: 'submit', to: 'submitted', at: 'x' }, { action: 'nope' }] })).toMatchObject({
    id: '5',
    actions: ['submit'],
    history: [{ action: 'submit', from: null, to: 'submitted', actor: '' }],
  });
  expect(parseWorkflow({ state: 'draft' })).toBeNull();
});

test("an administrator's move outside the configured steps stays in the history", () => {
  const history = [{ action: 'system', from: 'draft', to: 'approved', at: '2026-01-02T00:00:00Z', actor: 'admin@x', role: 'administrator' }];
  expect(parseWorkflow({ id: 5, state: 'approved', history })?.history).toEqual([
    { action: 'system', from: 'draft', to: 'approved', at: '2026-01-02T00:00:00Z', actor: 'admin@x', role: 'administrator', organisation: null, opinion: null },
  ]);
});
