// The power form against refusals of the server: each message lands under the input whose path
// the server names (through the console's own error mapping, providers/refusal.ts).
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpError } from 'react-admin';
import { toConsoleError } from '../providers/refusal';
import { FOOD_SAFETY_LAW, basePower, renderPowerForm } from './testing';

/** A refusal as the console API sends it, mapped as the data provider maps it. */
const refusal = (code: string, field: string, message: string) =>
  toConsoleError(new HttpError(message, 400, { message, code, errors: { [field]: [message] } }));

/** By text rather than getByRole('tab'): role queries over the whole form are slow in jsdom. */
function openTab(name: string): void {
  const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent === name);
  if (!tab) throw new Error(`no tab ${name}`);
  fireEvent.click(tab);
}

async function editAndSave(): Promise<void> {
  const name = await screen.findByLabelText(/权力名称/);
  fireEvent.change(name, { target: { value: '食品经营许可（含仅销售预包装食品备案）' } });
  fireEvent.click(screen.getByRole('button', { name: /保存/ }));
}

/** The helper text MUI links to an input through aria-describedby: where a refusal must show. */
function describedBy(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** The message under an ArrayInput (its root carries the class ra-input-<source>); the same words also show in the notification. */
const messagesIn = (arraySource: string, message: string): HTMLElement[] =>
  screen.queryAllByText(message).filter((el) => el.closest(`.ra-input-${arraySource}`) !== null);

describe('server refusals appear next to the refused input (pessimistic form)', () => {
  // react-admin logs every rejected mutation; the refusals here are expected, anything else still shows.
  const logError = console.error;
  beforeEach(() => {
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!(args[0] instanceof HttpError)) logError(...args);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('第四条、第九条 BASIS_REQUIRED on bases.0.articles: under the first citation\'s articles', async () => {
    const message = '第1项依据《中华人民共和国食品安全法》未写明具体条款。';
    const { update } = renderPowerForm(
      basePower({ bases: [{ kind: 'setting', legalBasis: 'lb1', articles: null, excerpt: null }] }),
      refusal('BASIS_REQUIRED', 'bases.0.articles', message),
    );
    await editAndSave();
    await waitFor(() => expect(update).toHaveBeenCalled());
    openTab('法律依据');
    const articles = await screen.findByRole('combobox', { name: '条款' });
    await waitFor(() => expect(describedBy(articles)).toContain(message));
  });

  it('第四条 BASIS_REQUIRED on bases (no basis at all): under the bases list', async () => {
    const message = '行政执法职权必须列明至少一项现行有效的法律依据。';
    const { update } = renderPowerForm(basePower(), refusal('BASIS_REQUIRED', 'bases', message));
    await editAndSave();
    await waitFor(() => expect(update).toHaveBeenCalled());
    openTab('法律依据');
    await waitFor(() => expect(messagesIn('bases', message)).toHaveLength(1));
  });

  it('第十五条 DISCRETION_RANGE on discretion.1.min: under the second level\'s minimum', async () => {
    const message = '“罚款”第2档幅度（自1000）与第1档（至5000）重叠。';
    const discretion = [
      { level: 1, levelName: '从轻', circumstance: '初次违法', penaltyKind: '罚款', min: 0, max: 5000, unit: '元' },
      { level: 2, levelName: '一般', circumstance: '再次违法', penaltyKind: '罚款', min: 1000, max: 20000, unit: '元' },
    ];
    const { update } = renderPowerForm(
      basePower({ type: 'penalty', code: '152502000CF00100', statutoryMin: 0, statutoryMax: 50000, discretion }),
      refusal('DISCRETION_RANGE', 'discretion.1.min', message),
    );
    await editAndSave();
    await waitFor(() => expect(update).toHaveBeenCalled());
    openTab('裁量基准');
    const minimums = await screen.findAllByRole('spinbutton', { name: '幅度下限' });
    expect(minimums).toHaveLength(2);
    await waitFor(() => expect(describedBy(minimums[1])).toContain(message));
    expect(describedBy(minimums[0])).not.toContain(message);
  });

  it('第十一条 CATALOGUE_ONLY on adjustment: under the adjustment input', async () => {
    const message = '部门不得擅自增加本部门的行政执法职权；新增或承接职权须关联本部门已批准的“新增”或“承接”职权调整。';
    const { update } = renderPowerForm(basePower(), refusal('CATALOGUE_ONLY', 'adjustment', message));
    await editAndSave();
    await waitFor(() => expect(update).toHaveBeenCalled());
    const adjustment = await screen.findByRole('combobox', { name: '职权调整' });
    await waitFor(() => expect(describedBy(adjustment)).toContain(message));
  });

  it('第十九条 CERTIFIED_OFFICER on decomposition: under the decomposition list', async () => {
    const message = '行政执法人员“张三”未取得行政执法证件，不得在有执法职权的岗位上执法。';
    const { update } = renderPowerForm(
      basePower({ decomposition: [{ agency: 'ag1', post: 'po1', role: 'handle' }] }),
      refusal('CERTIFIED_OFFICER', 'decomposition', message),
    );
    await editAndSave();
    await waitFor(() => expect(update).toHaveBeenCalled());
    openTab('职权分解');
    await waitFor(() => expect(messagesIn('decomposition', message)).toHaveLength(1));
  });
});

describe('what the form sends', () => {
  it('the whole record with updatedAt as read and the field paths the server knows', async () => {
    const { update } = renderPowerForm(basePower({ bases: [{ kind: 'setting', legalBasis: 'lb1', articles: '第三十五条', excerpt: null }] }));
    await editAndSave();
    await waitFor(() => expect(update).toHaveBeenCalled());
    const [resource, params] = update.mock.calls[0] as [string, { data: Record<string, unknown> }];
    expect(resource).toBe('powers');
    expect(params.data).toMatchObject({
      updatedAt: '2026-01-01T00:00:00.000Z',
      name: '食品经营许可（含仅销售预包装食品备案）',
      bases: [{ kind: 'setting', legalBasis: FOOD_SAFETY_LAW.id, articles: '第三十五条' }],
    });
  });
});
