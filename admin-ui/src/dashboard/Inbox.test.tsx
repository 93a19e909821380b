// Issue 14, B: the inbox shows overdue, returned (with the reason) and to-do items in words, each a
// link to the record's page, and says so when there is nothing to do.
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { AdminContext, memoryStore, testDataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { Inbox } from './Inbox';
import type { InboxItem, InboxMore } from './inbox';

const item = (over: Partial<InboxItem>): InboxItem => ({ kind: 'adjustment', resource: 'power-adjustments', id: 'a1', title: 'undertake:食品经营许可', organisation: '锡林浩特市市场监督管理局', step: 'decide', due: null, overdue: false, reason: null, opinion: null, ...over });

const show = (items: InboxItem[], more: InboxMore[] = []) =>
  render(
    <MemoryRouter>
      <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
        <Inbox load={async () => ({ items, more })} />
      </AdminContext>
    </MemoryRouter>,
  );

test('groups read overdue, returned with its reason, then to do; each links to its page', async () => {
  show([
    item({ id: 'a1' }),
    item({ kind: 'task', resource: 'adjustment-tasks', id: 't1', title: '《食品安全法》', step: 'adjust', due: '2026-11-30', overdue: true }),
    item({ kind: 'list', resource: 'responsibility-lists', id: 'l1', title: '权责清单（2026年版）', step: 'returned', opinion: '第3项缺少追责情形' }),
  ]);
  const overdue = await screen.findByRole('heading', { name: '已逾期（1）' });
  expect(overdue).toBeInTheDocument();
  expect(screen.getByText('意见：第3项缺少追责情形', { exact: false })).toBeInTheDocument();
  const decide = screen.getByRole('link', { name: /承接：食品经营许可/ });
  expect(decide).toHaveAttribute('href', '/power-adjustments/a1/show');
  expect(within(decide).getByText('待审批')).toBeInTheDocument();
  const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
  expect(headings).toEqual(['已逾期（1）', '被退回，需修改后重新提交（1）', '待办理（1）']);
  expect(document.body.textContent).not.toMatch(/undertake|decide|adjust\b/);
});

test('nothing to do is said in words', async () => {
  show([]);
  expect(await screen.findByText('当前没有需要您办理的事项。')).toBeInTheDocument();
});

test('已逾期 for every role says why, with the article, and what to do, in words', async () => {
  show([
    item({ kind: 'filing', resource: 'major-penalty-filings', id: 'f1', title: '锡市监罚〔2026〕1号', step: 'file', due: '2026-11-20', overdue: true, reason: 'filingLate' }),
    item({ kind: 'officer', resource: 'officers', id: 'o1', title: '张三', step: 'renew', due: '2026-12-01', overdue: true, reason: 'certificateLapsed' }),
    item({ kind: 'case', resource: 'accountability-cases', id: 'c1', title: '未按规定公示', step: 'supervise', due: '2026-11-25', overdue: true, reason: 'correctionLate' }),
    item({ kind: 'task', resource: 'adjustment-tasks', id: 't9', title: '《条例》', step: 'supervise', overdue: true, reason: 'no-such-reason' }),
  ]);
  expect(await screen.findByRole('heading', { name: '已逾期（4）' })).toBeInTheDocument();
  const filing = screen.getByRole('link', { name: /锡市监罚〔2026〕1号/ });
  expect(filing).toHaveAttribute('href', '/major-penalty-filings/f1/show');
  expect(within(filing).getByText('待备案')).toBeInTheDocument();
  expect(within(filing).getByText(/重大行政处罚决定后逾期未备案（第十六条）/)).toBeInTheDocument();
  const officer = screen.getByRole('link', { name: /张三/ });
  expect(within(officer).getByText('待换证')).toBeInTheDocument();
  expect(within(officer).getByText(/行政执法证件已过有效期.*第十九条/)).toBeInTheDocument();
  expect(within(screen.getByRole('link', { name: /未按规定公示/ })).getByText(/责令改正期限已过.*第二十七条/)).toBeInTheDocument();
  expect(within(screen.getByRole('link', { name: /未按规定公示/ })).getByText('待督办')).toBeInTheDocument();
  // An unknown reason key is not shown raw.
  expect(document.body.textContent).not.toMatch(/no-such-reason|filingLate|renew|supervise/);
});

test('a late returned list reads 待修改 with the opinion, a late review 待审核, both with the office’s limit and the article', async () => {
  show([
    item({ kind: 'list', resource: 'responsibility-lists', id: 'l2', title: '权责清单（退回逾期）', step: 'revise', due: '2026-11-20', overdue: true, reason: 'returnedListLate', opinion: '第3项缺少追责情形' }),
    item({ kind: 'list', resource: 'responsibility-lists', id: 'l3', title: '权责清单（审核逾期）', step: 'approve', due: '2026-11-25', overdue: true, reason: 'listReviewLate' }),
  ]);
  expect(await screen.findByRole('heading', { name: '已逾期（2）' })).toBeInTheDocument();
  const returned = screen.getByRole('link', { name: /权责清单（退回逾期）/ });
  expect(returned).toHaveAttribute('href', '/responsibility-lists/l2/show');
  expect(within(returned).getByText('待修改')).toBeInTheDocument();
  expect(within(returned).getByText(/修改时限仍未重新提交（第十三条.*意见：第3项缺少追责情形/)).toBeInTheDocument();
  const review = screen.getByRole('link', { name: /权责清单（审核逾期）/ });
  expect(within(review).getByText('待审核')).toBeInTheDocument();
  expect(within(review).getByText(/审核时限仍未审核（第十条、第十一条、第十三条）/)).toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/returnedListLate|listReviewLate|revise/);
});

test('more overdue records than listed: the count says all of them, and a line links to the list of all', async () => {
  const lapsed = item({ kind: 'officer', resource: 'officers', id: 'o1', title: '张三', step: 'renew', due: '2026-01-01', overdue: true, reason: 'certificateLapsed' });
  show([lapsed], [{ kind: 'officer', reason: 'certificateLapsed', total: 130, shown: 1, resource: 'officers', filter: { certificateExpiresAt_lt: '2026-12-06' } }]);
  expect(await screen.findByRole('heading', { name: '已逾期（130）' })).toBeInTheDocument();
  const all = screen.getByRole('link', { name: /另有 129 条未列出（共 130 条/ });
  expect(all.getAttribute('href')).toBe(`/officers?${new URLSearchParams({ filter: JSON.stringify({ certificateExpiresAt_lt: '2026-12-06' }) }).toString()}`);
  expect(within(all).getByText(/第十九条/)).toBeInTheDocument();
});
