// The scoring sheet's items (Art. 24): weights and guides, the computed score of items 4–7 with the
// figures behind it, an override marked as such; the dialog asks for a reason only when the score
// departs from the computed one.
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithConsole } from '../lists/testing';
import { ItemDialog } from './ItemDialog';
import { ItemsTable } from './ItemsTable';
import { isOverride, parseSheet } from './types';

const sheet = parseSheet({
  id: 'a1', year: 2025, method: 'internal', state: 'draft', stateName: '草稿', editable: true,
  assessor: { name: '锡林郭勒盟' }, target: { kind: 'department', name: '锡林郭勒盟市场监督管理局' },
  items: [
    { item: 1, name: '行政执法主体资格是否合法', weight: 10, guide: '执法主体、执法人员资格合法，持证上岗', prescored: false, score: 9 },
    { item: 4, name: '行政执法职权是否动态调整', weight: 10, guide: '依据变化后按期完成职权调整', prescored: true, score: '8.33', autoScore: '8.33', basis: { summary: '调整任务 12 项，按期完成 10 项 → 8.33/10', figures: [{ key: 'tasksDue', label: '到期调整任务', value: 12 }] } },
    { item: 5, name: '行政执法职权是否分解到具体执法机构、执法岗位', weight: 10, guide: '有效职权全部分解到机构和岗位', prescored: true, score: 10, autoScore: 7.5, overrideReason: '两项职权已于年底前分解到岗', basis: { summary: '有效职权 4 项，已分解到执法机构和岗位 3 项 → 7.5/10', figures: [] } },
  ],
  actions: ['complete'], opinionRequired: ['return'], history: [],
});

describe('assessment scoring sheet', () => {
  test('parses the numbers the server sends as text, and tells an override from a computed score', () => {
    expect(sheet.items[1]).toMatchObject({ score: 8.33, autoScore: 8.33 });
    expect(isOverride(sheet.items[1])).toBe(false);
    expect(isOverride(sheet.items[2])).toBe(true);
    expect(isOverride(sheet.items[0])).toBe(false);
  });

  test('第二十四条: each item shows its guide, the computed score with its figures, and an override chip', () => {
    renderWithConsole(<ItemsTable sheet={sheet} onEdit={jest.fn()} />);
    const item4 = screen.getByTestId('assessment-item-4');
    expect(within(item4).getByText('调整任务 12 项，按期完成 10 项 → 8.33/10')).toBeInTheDocument();
    expect(within(screen.getByTestId('assessment-item-1')).getByText('执法主体、执法人员资格合法，持证上岗')).toBeInTheDocument();
    expect(within(screen.getByTestId('assessment-item-5')).getByText('已调整')).toBeInTheDocument();
    expect(within(item4).queryByText('已调整')).toBeNull();
  });

  test('第二十四条: the dialog asks for a written reason once the score departs from the computed one', () => {
    const onSave = jest.fn();
    renderWithConsole(<ItemDialog item={sheet.items[1]} busy={false} errors={{}} onCancel={jest.fn()} onSave={onSave} />);
    expect(screen.queryByRole('textbox', { name: /调整理由/ })).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: /^得分/ }), { target: { value: '10' } });
    fireEvent.change(screen.getByRole('textbox', { name: /调整理由/ }), { target: { value: '抽查结果优于系统数据' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(onSave).toHaveBeenCalledWith({ score: 10, finding: null, evidence: null, overrideReason: '抽查结果优于系统数据' });
  });

  test('a score above the item’s weight cannot be saved', () => {
    renderWithConsole(<ItemDialog item={sheet.items[0]} busy={false} errors={{}} onCancel={jest.fn()} onSave={jest.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: /^得分/ }), { target: { value: '11' } });
    expect(screen.getByRole('button', { name: '保存' })).toBeDisabled();
    expect(screen.getByText('得分须在 0 至 10 之间')).toBeInTheDocument();
  });
});
