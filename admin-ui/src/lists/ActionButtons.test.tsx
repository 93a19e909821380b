// The transition buttons follow the server's `actions` exactly, in workflow order; return and
// withdraw cannot be confirmed without a written opinion or reason (Art. 13).
import { fireEvent, screen, within } from '@testing-library/react';
import { ActionButtons } from './ActionButtons';
import type { ListAction } from './parse';
import { renderWithConsole } from './testing';

const LABELS: Record<ListAction, string> = { submit: '提交', forward: '转法制审核', approve: '审核通过', return: '退回', publish: '公布', withdraw: '撤回' };

const buttonNames = (): string[] => screen.queryAllByRole('button').map((b) => b.textContent ?? '');

describe('ActionButtons', () => {
  test.each<[string, ListAction[], string[]]>([
    ['an editor on a draft', ['submit'], ['提交']],
    ['a department head on a submitted list', ['forward'], ['转法制审核']],
    ['the justice reviewer in legal review (server order differs)', ['return', 'approve'], ['审核通过', '退回']],
    ['the justice reviewer on an approved list', ['publish'], ['公布']],
    ['the justice reviewer on a published list', ['withdraw'], ['撤回']],
  ])('%s sees exactly its buttons', (_who, actions, expected) => {
    renderWithConsole(<ActionButtons actions={actions} onAction={jest.fn()} />);
    expect(buttonNames()).toEqual(expected);
  });

  test('no actions: a sentence, no button', () => {
    renderWithConsole(<ActionButtons actions={[]} onAction={jest.fn()} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText('您当前没有可对该版本办理的操作。')).toBeInTheDocument();
  });

  // Issue 14 point 5: no step of a list is taken with one click; the dialog names its consequence.
  test.each<[ListAction, string, string]>([
    ['submit', '提交清单送审？', '审核完成前不能修改'],
    ['forward', '转送上一级审核？', '合法性审核'],
    ['approve', '审核通过？', '可以公布'],
    ['publish', '公布清单？', '不能再修改'],
  ])('%s asks for a confirmation naming its consequence', (action, title, consequence) => {
    const onAction = jest.fn();
    renderWithConsole(<ActionButtons actions={[action]} onAction={onAction} />);
    fireEvent.click(screen.getByRole('button', { name: LABELS[action] }));
    expect(onAction).not.toHaveBeenCalled();
    const dialog = screen.getByRole('dialog', { name: title });
    expect(dialog).toHaveTextContent(consequence);
    fireEvent.click(within(dialog).getByRole('button', { name: LABELS[action] }));
    expect(onAction).toHaveBeenCalledWith(action);
  });

  test.each<[ListAction, string, string]>([
    ['return', '退回修改', '审核意见'],
    ['withdraw', '撤回已公布的清单', '撤回原因'],
  ])('%s asks for a written text and refuses a blank one', (action, title, label) => {
    const onAction = jest.fn();
    renderWithConsole(<ActionButtons actions={[action]} onAction={onAction} />);
    fireEvent.click(screen.getByRole('button', { name: LABELS[action] }));
    const dialog = screen.getByRole('dialog', { name: title });
    const confirm = within(dialog).getByRole('button', { name: '确定' });
    expect(confirm).toBeDisabled();
    const input = within(dialog).getByRole('textbox', { name: label });
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.blur(input);
    expect(confirm).toBeDisabled();
    expect(within(dialog).getByText('必须填写')).toBeInTheDocument();
    expect(onAction).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '  第3项缺少追责情形，请补充。 ' } });
    expect(confirm).toBeEnabled();
    fireEvent.click(confirm);
    expect(onAction).toHaveBeenCalledWith(action, '第3项缺少追责情形，请补充。');
  });

  test('cancelling the dialog takes no action', () => {
    const onAction = jest.fn();
    renderWithConsole(<ActionButtons actions={['return']} onAction={onAction} />);
    fireEvent.click(screen.getByRole('button', { name: '退回' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '取消' }));
    expect(onAction).not.toHaveBeenCalled();
  });

  test('an action the server marks as needing an opinion asks for one too', () => {
    renderWithConsole(<ActionButtons actions={['approve']} opinionRequired={['approve']} onAction={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: '审核通过' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
