import { ARTICLE, assertCaseTransition, type CaseTransitionRequest } from '../../../cms/src/domain';
import { loadConfig } from '../../../config/src/index';
import { expectFailure, expectOk } from './expect-rule';

const { transitions } = loadConfig().accountability;
const req = (over: Partial<CaseTransitionRequest>): CaseTransitionRequest =>
  ({ from: 'open', to: 'open', measure: 'correction-order', system: false, deadline: '2026-03-01', correctedAt: null, today: '2026-03-10', changedFields: [], ...over });

describe('CASE_TRANSITION (Art. 27)', () => {
  test('the rule cites 第二十七条', () => {
    expect(ARTICLE.CASE_TRANSITION).toBe('第二十七条');
  });

  test.each<{ title: string; r: CaseTransitionRequest }>([
    { title: '第二十七条: a case opens "open"', r: req({ from: null }) },
    { title: '第二十七条: an open case is edited', r: req({ changedFields: ['finding'] }) },
    { title: '第二十七条: a correction recorded by the deadline', r: req({ to: 'corrected', correctedAt: '2026-02-28' }) },
    { title: '第二十七条: a correction recorded on the deadline day', r: req({ to: 'corrected', correctedAt: '2026-03-01' }) },
    { title: '第二十七条: the system escalates an overdue order', r: req({ to: 'escalated', system: true }) },
    { title: '第二十九条 with 第二十七条: an open case is exempted', r: req({ to: 'exempted' }) },
    { title: '第二十七条: a criticism is closed', r: req({ to: 'closed', measure: 'circulated-criticism' }) },
    { title: '第二十七条: a corrected order is closed', r: req({ from: 'corrected', to: 'closed' }) },
  ])('$title', ({ r }) => expectOk(assertCaseTransition(r, transitions)));

  test.each<{ title: string; r: CaseTransitionRequest; field: string; says: string }>([
    { title: '第二十七条: a case cannot be opened already closed', r: req({ from: null, to: 'closed' }), field: 'state', says: '立案时须为“办理中”' },
    { title: '第二十七条: staff cannot escalate by hand', r: req({ to: 'escalated' }), field: 'state', says: '自动升级' },
    { title: '第二十七条: a correction order cannot be closed without correction', r: req({ to: 'closed' }), field: 'state', says: '不能从“办理中”变为“已办结”' },
    { title: '第二十七条: an escalated order cannot be reopened', r: req({ from: 'escalated', to: 'open' }), field: 'state', says: '不能从“已升级”变为“办理中”' },
    { title: '第二十七条: a correction needs its date', r: req({ to: 'corrected' }), field: 'correctedAt', says: '须填写整改完成日期' },
    { title: '第二十七条: a correction cannot be dated in the future', r: req({ to: 'corrected', correctedAt: '2026-03-11' }), field: 'correctedAt', says: '不能晚于今天' },
    { title: '第二十七条: a correction after the deadline is 逾期不改正', r: req({ to: 'corrected', correctedAt: '2026-03-02' }), field: 'correctedAt', says: '逾期不改正' },
    { title: '第二十七条: a closed case keeps what it recorded', r: req({ from: 'closed', to: 'closed', changedFields: ['finding'] }), field: 'finding', says: '不能再修改' },
  ])('$title', ({ r, field, says }) => {
    expect(expectFailure(assertCaseTransition(r, transitions), 'CASE_TRANSITION', field).message).toContain(says);
  });
});
