// Issue 14 point 5: approving (审定) and making public (公开) an assessment ask for a confirmation
// naming the consequence before the step is sent.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithConsole } from '../lists/testing';
import { assessmentApi } from './api';
import { SheetPanel } from './SheetPanel';
import { parseSheet } from './types';

const sheetIn = (state: string, actions: string[]) =>
  parseSheet({ id: 's1', state, stateName: state, editable: false, items: [], actions, opinionRequired: ['return'], history: [] });

afterEach(() => jest.restoreAllMocks());

test.each([
  ['approve', '审定', '审定评议考核结果？', '分数锁定'],
  ['publish', '公开', '公开评议考核结果？', '公众页面上可见'],
])('%s asks for a confirmation first', async (action, label, title, consequence) => {
  jest.spyOn(assessmentApi, 'sheet').mockResolvedValue(sheetIn('completed', [action]));
  const transition = jest.spyOn(assessmentApi, 'transition').mockResolvedValue(sheetIn('approved', []));
  renderWithConsole(<SheetPanel id="s1" />);
  fireEvent.click(await screen.findByRole('button', { name: label }));
  const dialog = screen.getByRole('dialog', { name: title });
  expect(dialog).toHaveTextContent(consequence);
  expect(transition).not.toHaveBeenCalled();
  fireEvent.click(within(dialog).getByRole('button', { name: label }));
  await waitFor(() => expect(transition).toHaveBeenCalledWith('s1', action, undefined));
});
