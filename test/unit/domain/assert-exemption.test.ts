import { ARTICLE, assertExemption } from '../../../cms/src/domain';
import { loadConfig } from '../../../config/src/index';
import { expectFailure, expectOk } from './expect-rule';

const config = loadConfig().accountability.exemption;
const all = (met: (key: string) => boolean) => config.criteria.map((c) => ({ key: c.key, met: met(c.key) }));
const requiredMet = all((key) => config.criteria.some((c) => c.key === key && c.required));
const reasons = '依法履行了检查职责，问题系当事人隐瞒所致，符合尽职免责标准。';

describe('EXEMPTION_DECISION (Art. 29)', () => {
  test('the rule cites 第二十九条', () => {
    expect(ARTICLE.EXEMPTION_DECISION).toBe('第二十九条');
  });

  test('第二十九条: every criterion answered, the required ones met, reasons given', () => expectOk(assertExemption(requiredMet, reasons, config)));
  test('第二十九条: every criterion met', () => expectOk(assertExemption(all(() => true), reasons, config)));

  test.each<{ title: string; checklist: unknown; decision: string | null; field: string; says: string }>([
    { title: '第二十九条: no checklist is refused', checklist: null, decision: reasons, field: 'exemptionChecklist', says: '逐项填写核查清单' },
    { title: '第二十九条: a malformed checklist is refused', checklist: [{ key: 'lawful-basis', met: 'yes' }], decision: reasons, field: 'exemptionChecklist', says: '逐项填写核查清单' },
    { title: '第二十九条: an unknown criterion is refused', checklist: [...requiredMet, { key: 'friendship', met: true }], decision: reasons, field: 'exemptionChecklist', says: '不是规定的尽职免责标准' },
    { title: '第二十九条: an unanswered criterion is refused', checklist: requiredMet.slice(1), decision: reasons, field: 'exemptionChecklist', says: '未对' },
    { title: '第二十九条: a required criterion not met is refused', checklist: all((key) => key !== 'no-intent'), decision: reasons, field: 'exemptionChecklist', says: '不能予以免责' },
    { title: '第二十九条: a decision without reasons is refused', checklist: requiredMet, decision: '同意免责', field: 'exemptionDecision', says: '须写明理由' },
  ])('$title', ({ checklist, decision, field, says }) => {
    expect(expectFailure(assertExemption(checklist, decision, config), 'EXEMPTION_DECISION', field).message).toContain(says);
  });
});
