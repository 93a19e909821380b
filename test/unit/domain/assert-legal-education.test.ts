import { ARTICLE, assertCaseInterpretation, assertEducationList, educationItemsOf, type CaseInterpretationFacts, type EducationListFacts } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const item = { content: '《食品安全法》', targets: '食品经营者', means: '上门宣讲', period: '每季度' };
const list = (over: Partial<EducationListFacts> = {}): EducationListFacts => ({ action: 'update', stateBefore: 'draft', stateAfter: 'draft', changedFields: [], items: [item], sameYearExists: false, ...over });
const story = (over: Partial<CaseInterpretationFacts> = {}): CaseInterpretationFacts => ({
  action: 'update', stateBefore: 'draft', stateAfter: 'draft', changedFields: [], lawExplained: null, legalBasis: null, caseDate: '2026-06-01', today: '2026-12-05', ...over,
});

describe('第十八条 LEGAL_EDUCATION: 普法责任清单 and 以案释法', () => {
  test('cites Art. 18', () => {
    expect(ARTICLE.LEGAL_EDUCATION).toBe('第十八条');
  });

  test.each<[string, EducationListFacts]>([
    ['a draft without items yet', list({ items: [] })],
    ['a list published with its item', list({ stateAfter: 'published' })],
    ['a published list left as it is', list({ stateBefore: 'published', stateAfter: 'published' })],
  ])('第十八条 (Art. 18): list allowed — %s', (_t, f) => {
    expectOk(assertEducationList(f));
  });

  test.each<[string, EducationListFacts, string]>([
    ['a second list of the year', list({ sameYearExists: true }), 'year'],
    ['items that are not a list', list({ items: null }), 'items'],
    ['an item without its means', list({ items: [{ ...item, means: '' }] }), 'items.0.means'],
    ['the second item without its target group', list({ items: [item, { ...item, targets: ' ' }] }), 'items.1.targets'],
    ['published without any item', list({ items: [], stateAfter: 'published' }), 'items'],
    ['a published list edited', list({ stateBefore: 'published', stateAfter: 'published', changedFields: ['title'] }), 'state'],
    ['a published list deleted', list({ action: 'delete', stateBefore: 'published' }), 'state'],
  ])('第十八条 (Art. 18): list refused — %s', (_t, f, field) => {
    expectFailure(assertEducationList(f), 'LEGAL_EDUCATION', field);
  });

  test.each<[string, CaseInterpretationFacts]>([
    ['a draft without the law explained', story()],
    ['published with the law explained and its provisions', story({ stateAfter: 'published', lawExplained: '释法', legalBasis: '第五十四条' })],
    ['a draft deleted', story({ action: 'delete' })],
  ])('第十八条 (Art. 18): case allowed — %s', (_t, f) => {
    expectOk(assertCaseInterpretation(f));
  });

  test.each<[string, CaseInterpretationFacts, string]>([
    ['dated in the future', story({ caseDate: '2026-12-06' }), 'caseDate'],
    ['published without the law explained', story({ stateAfter: 'published', legalBasis: '第五十四条' }), 'lawExplained'],
    ['published without its provisions', story({ stateAfter: 'published', lawExplained: '释法' }), 'legalBasis'],
    ['a published case edited', story({ stateBefore: 'published', changedFields: ['caseSummary'] }), 'state'],
  ])('第十八条 (Art. 18): case refused — %s', (_t, f, field) => {
    expectFailure(assertCaseInterpretation(f), 'LEGAL_EDUCATION', field);
  });

  test('educationItemsOf reads JSON and refuses what is not a list of text items', () => {
    expect(educationItemsOf(null)).toEqual([]);
    expect(educationItemsOf('普法')).toBeNull();
    expect(educationItemsOf([{ content: 1 }])).toBeNull();
    expect(educationItemsOf([{ content: 'a' }])).toEqual([{ content: 'a', targets: '', means: '', period: '' }]);
  });
});
