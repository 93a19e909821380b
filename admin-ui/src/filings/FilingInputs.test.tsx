// 第十六条: the filing form in the order of the regulation; the decision stays closed until the legal
// review and the collective discussion are filled, and the filing until the decision is.
import { fireEvent, render, screen } from '@testing-library/react';
import { AdminContext, memoryStore, RecordContextProvider, ResourceContextProvider, testDataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { session } from '../providers/storage';
import type { FieldSchema, ResourceSchema } from '../providers/types';
import { FilingInputs } from './FilingInputs';

const field = (name: string, label: string, type = 'string'): FieldSchema => ({ name, label, type, required: false, personal: false });
const filings: ResourceSchema = {
  name: 'major-penalty-filings',
  uid: 'api::major-penalty-filing.major-penalty-filing',
  label: '重大行政处罚备案',
  description: '',
  mainField: 'caseNumber',
  draftAndPublish: false,
  actions: ['find', 'findOne', 'create', 'update'],
  fields: [
    field('caseNumber', '案件编号'), { ...field('counterpartName', '当事人'), personal: true }, field('proposedDecision', '拟作出的处罚决定', 'text'),
    field('legalReviewer', '法制审核人员'), field('legalReviewOpinion', '法制审核意见', 'text'), field('legalReviewAt', '法制审核日期', 'date'),
    field('discussionAt', '集体讨论日期', 'date'), field('discussionParticipants', '集体讨论参加人员', 'text'), field('discussionDecision', '集体讨论决定', 'text'),
    field('decision', '处罚决定', 'text'), field('decidedAt', '决定日期', 'date'), field('filedAt', '备案日期', 'date'),
  ],
};
const me = { id: 1, username: 'county-dept-head', role: 'dept-head', roleName: '部门负责人', organisation: '锡林浩特市市场监督管理局', tier: 'county', scope: 'department', permissions: { 'major-penalty-filings': ['find', 'findOne', 'create', 'update'] } };

beforeEach(() => {
  session.saveToken('jwt', null);
  session.saveProfile(me, [filings]);
});
afterEach(() => session.clear());

const renderForm = (record: Record<string, unknown>) =>
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
      <ResourceContextProvider value="major-penalty-filings">
        <RecordContextProvider value={{ id: 'f1', ...record }}>
          <FilingInputs />
        </RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );

test('第十六条: the sections come in the regulation\'s order', async () => {
  renderForm({});
  const headings = (await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent);
  expect(headings).toEqual(['一、案件信息', '二、法制审核', '三、集体讨论', '四、处罚决定', '五、报送备案']);
});

test('第十六条: without review and discussion the decision and the filing are closed, and the form says why', async () => {
  renderForm({ caseNumber: '锡市监罚〔2026〕12号', legalReviewer: '王审核' });
  expect(await screen.findByText(/须先完成法制审核和集体讨论/)).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: '处罚决定' })).toBeDisabled();
  expect(screen.getByRole('textbox', { name: '法制审核意见' })).toBeEnabled();
});

test('第十六条: once review and discussion are filled the decision opens; the filing opens once decided', async () => {
  renderForm({
    legalReviewer: '王审核', legalReviewOpinion: '同意', legalReviewAt: '2026-03-01',
    discussionAt: '2026-03-03', discussionParticipants: '班子成员', discussionDecision: '同意',
  });
  const decision = await screen.findByRole('textbox', { name: '处罚决定' });
  expect(decision).toBeEnabled();
  expect(screen.getByText(/作出处罚决定后才能报送备案/)).toBeInTheDocument();
  fireEvent.change(decision, { target: { value: '罚款五万元' } });
  fireEvent.change(screen.getByLabelText('决定日期'), { target: { value: '2026-03-05' } });
  expect(screen.queryByText(/作出处罚决定后才能报送备案/)).not.toBeInTheDocument();
  expect(screen.getByLabelText('备案日期')).toBeEnabled();
});
