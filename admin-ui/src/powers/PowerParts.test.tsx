// The parts of the power form that do more than hold a value: the template fill, the article
// picker, the agency → post chain, the penalty-only discretion tab; plus labels on every input.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OTHER_DUTIES } from '../flowchart/buildFlowchart';
import { session } from '../providers/storage';
import { PowerCreate } from './PowerCreate';
import { DEPARTMENT, basePower, fakeBackend, renderPowerForm, renderWithAdmin } from './testing';

/** By text rather than getByRole('tab'): role queries over the whole form are slow in jsdom. */
function openTab(name: string): void {
  const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent === name);
  if (!tab) throw new Error(`no tab ${name}`);
  fireEvent.click(tab);
}
const values = (elements: HTMLElement[]): string[] => elements.map((e) => (e as HTMLInputElement).value);
// By label, not role: a confirmation dialog marks the form aria-hidden while it is open.
const stepNames = (): string[] => values(screen.queryAllByLabelText(/^责任环节/));

async function save(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: /保存/ }));
}

describe('responsibility steps from the type\'s template (config/power-types.json)', () => {
  it('fills an empty list at once with the template of the chosen type', async () => {
    renderPowerForm(basePower({ type: 'inspection' }));
    await screen.findByDisplayValue('食品经营许可');
    openTab('责任事项');
    fireEvent.click(screen.getByRole('button', { name: /按权力类型模板填写责任事项 · 行政检查/ }));
    await waitFor(() => expect(stepNames()).toEqual(['检查', '处置', '事后监管', OTHER_DUTIES]));
  });

  it('asks before replacing steps already filled in, naming those it would remove, and keeps same-name content', async () => {
    const { update } = renderPowerForm(
      basePower({ type: 'inspection', steps: [{ step: '受理', content: '接收', basis: null }, { step: '处置', content: '责令改正', basis: null }] }),
    );
    await screen.findByDisplayValue('食品经营许可');
    openTab('责任事项');
    fireEvent.click(screen.getByRole('button', { name: /按权力类型模板填写责任事项/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/以下环节将被移除：受理/)).toBeInTheDocument();
    expect(stepNames()).toEqual(['受理', '处置']);
    fireEvent.click(within(dialog).getByRole('button', { name: /确认|Confirm/ }));
    await waitFor(() => expect(stepNames()).toEqual(['检查', '处置', '事后监管', OTHER_DUTIES]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await save();
    await waitFor(() => expect(update).toHaveBeenCalled());
    const [, params] = update.mock.calls[0] as [string, { data: { steps: unknown[] } }];
    expect(params.data.steps[1]).toMatchObject({ step: '处置', content: '责令改正' });
  });

  it('cancelling the confirmation leaves the steps as they were', async () => {
    renderPowerForm(basePower({ type: 'penalty', steps: [{ step: '受理', content: '', basis: null }] }));
    await screen.findByDisplayValue('食品经营许可');
    openTab('责任事项');
    fireEvent.click(screen.getByRole('button', { name: /按权力类型模板填写责任事项/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /取消|Cancel/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(stepNames()).toEqual(['受理']);
  });
});

describe('the article picker of a basis citation', () => {
  it('offers the chosen law\'s articles, accepts free text, and stores them joined by 、', async () => {
    const { update } = renderPowerForm(basePower({ bases: [{ kind: 'setting', legalBasis: 'lb1', articles: '第三十五条', excerpt: null }] }));
    await screen.findByDisplayValue('食品经营许可');
    openTab('法律依据');
    const articles = await screen.findByRole('combobox', { name: '条款' });
    fireEvent.keyDown(articles, { key: 'ArrowDown' });
    // 第三十五条 is already chosen, so only the other article is offered.
    const option = await screen.findByRole('option', { name: /第一百二十二条/ });
    expect(screen.queryByRole('option', { name: /第三十五条/ })).toBeNull();
    fireEvent.click(option);
    fireEvent.change(articles, { target: { value: '第十条第二款' } });
    fireEvent.keyDown(articles, { key: 'Enter' });
    // Typed text left without Enter is kept too.
    fireEvent.change(articles, { target: { value: '第十一条' } });
    fireEvent.blur(articles);
    await save();
    await waitFor(() => expect(update).toHaveBeenCalled());
    const [, params] = update.mock.calls[0] as [string, { data: { bases: { articles: string }[] } }];
    expect(params.data.bases[0].articles).toBe('第三十五条、第一百二十二条、第十条第二款、第十一条');
  });
});

describe('decomposition to agencies and posts (Art. 11-12)', () => {
  it('offers the department\'s agencies and the chosen agency\'s posts', async () => {
    const { listFilters } = renderPowerForm(basePower({ decomposition: [{ agency: 'ag1', post: null, role: 'handle' }] }));
    await screen.findByDisplayValue('食品经营许可');
    openTab('职权分解');
    const post = await screen.findByRole('combobox', { name: '执法岗位' });
    fireEvent.keyDown(post, { key: 'ArrowDown' });
    expect(await screen.findByRole('option', { name: '许可审核岗' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: '运政执法岗' })).toBeNull();
    expect(listFilters).toEqual(expect.arrayContaining([{ resource: 'posts', filter: { agency: 'ag1' } }, { resource: 'agencies', filter: { department: 'dep1' } }]));
    expect(screen.getAllByRole('combobox', { name: '职责分工' })[0]).toHaveTextContent('承办');
  });
});

describe('discretion standards (Art. 15) only for penalties', () => {
  it.each([
    { type: 'licensing', inputs: 0 },
    { type: 'penalty', inputs: 2 },
  ])('$type: $inputs statutory range inputs', async ({ type, inputs }) => {
    renderPowerForm(basePower({ type }));
    await screen.findByDisplayValue('食品经营许可');
    openTab('裁量基准');
    expect(screen.queryAllByRole('spinbutton', { name: /法定幅度/ })).toHaveLength(inputs);
    if (inputs === 0) expect(screen.getByText(/仅适用于行政处罚事项/)).toBeInTheDocument();
  });
});

describe('every input is labelled for screen readers', () => {
  it('on every tab, each text box, number box and select has an accessible name', async () => {
    renderPowerForm(
      basePower({
        type: 'penalty',
        bases: [{ kind: 'setting', legalBasis: 'lb1', articles: '第三十五条', excerpt: null }],
        steps: [{ step: '立案', content: null, basis: null }],
        accountabilities: [{ situation: '未依法立案', basis: null }],
        discretion: [{ level: 1, levelName: null, circumstance: '初次', penaltyKind: '罚款', min: 0, max: 1000, unit: '元' }],
        riskPoints: [{ step: '立案', description: '选择性立案', level: 'high', measure: null }],
        decomposition: [{ agency: 'ag1', post: 'po1', role: 'handle' }],
      }),
    );
    await screen.findByDisplayValue('食品经营许可');
    for (const tab of ['基本信息', '法律依据', '责任事项', '追责情形', '裁量基准', '廉政风险点', '职权分解']) {
      openTab(tab);
      // CSS queries within the visible tab: role queries over the whole form take a minute in jsdom.
      const panel = document.querySelector<HTMLElement>('[id^="tabpanel-"]:not([hidden])');
      if (!panel) throw new Error(`no visible panel for ${tab}`);
      const inputs = [...panel.querySelectorAll<HTMLElement>('input:not([type="hidden"]):not([aria-hidden="true"]), textarea:not([aria-hidden="true"]), [role="combobox"]')];
      expect(inputs.length).toBeGreaterThan(0);
      for (const input of new Set(inputs)) expect(input).toHaveAccessibleName();
    }
  });
});

describe('PowerCreate', () => {
  afterEach(() => {
    cleanup();
    session.clear();
  });

  it('starts valid, in the signed-in user\'s department and tier', async () => {
    session.saveProfile({ id: 7, username: 'county-dept-editor', departmentId: DEPARTMENT.id, tier: 'county', permissions: {} }, []);
    renderWithAdmin(fakeBackend(basePower()).dataProvider, <PowerCreate />);
    expect(await screen.findByDisplayValue(DEPARTMENT.name)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /状态/ })).toHaveTextContent('有效');
    expect(screen.getByRole('combobox', { name: /行使层级/ })).toHaveTextContent('旗县市区');
  });
});
