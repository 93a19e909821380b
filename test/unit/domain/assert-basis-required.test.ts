import { ARTICLE, IN_FORCE, assertBasisRequired, type CitationFacts } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const citation = (o: Partial<CitationFacts> = {}): CitationFacts => ({
  legalBasisId: 'lb-1',
  legalBasisTitle: '中华人民共和国行政处罚法',
  legalBasisStatus: IN_FORCE,
  articles: '第九条',
  ...o,
});
const repealed = (o: Partial<CitationFacts> = {}): CitationFacts =>
  citation({ legalBasisId: 'lb-old', legalBasisTitle: '已废止的条例', legalBasisStatus: 'repealed', ...o });

describe('BASIS_REQUIRED (Art. 4, 9)', () => {
  test('the rule cites 第四条、第九条', () => {
    expect(ARTICLE.BASIS_REQUIRED).toBe('第四条、第九条');
    expect(IN_FORCE).toBe('in-force');
  });

  test.each<{ title: string; bases: CitationFacts[]; field?: string }>([
    { title: '第四条、第九条 (Art. 4, 9): one basis in force with its article is accepted', bases: [citation()] },
    { title: '第四条、第九条 (Art. 4, 9): a repealed basis next to one in force is accepted', bases: [repealed(), citation()] },
    { title: '第四条、第九条、第十条 (Art. 4, 9, 10): a basis amended (已修改) is still in force: accepted, its adjustment is a task, not a refusal', bases: [citation({ legalBasisStatus: 'amended' })] },
    { title: '第四条、第九条 (Art. 4, 9): several bases in force are accepted', bases: [citation(), citation({ legalBasisId: 'lb-2', articles: '第二十条第一款' })] },
    { title: '第四条、第九条 (Art. 4, 9): a custom field name does not change a passing result', bases: [citation()], field: 'items.0.bases' },
  ])('$title', ({ bases, field }) => {
    expectOk(field === undefined ? assertBasisRequired(bases) : assertBasisRequired(bases, field));
  });

  test.each<{ title: string; bases: CitationFacts[]; field?: string; expectField: string; says: string }>([
    { title: '第四条、第九条 (Art. 4, 9): a power without any basis is refused', bases: [], expectField: 'bases', says: '至少一项现行有效的法律依据' },
    { title: '第四条、第九条 (Art. 4, 9): a power without any basis is refused on the caller\'s field', bases: [], field: 'items.3.bases', expectField: 'items.3.bases', says: '至少一项' },
    { title: '第四条、第九条 (Art. 4, 9): a citation without a chosen law is refused', bases: [citation({ legalBasisId: null })], expectField: 'bases.0.legalBasis', says: '第1项依据未选择法律法规' },
    { title: '第四条、第九条 (Art. 4, 9): the second citation without a chosen law is refused at index 1', bases: [citation(), citation({ legalBasisId: '' })], expectField: 'bases.1.legalBasis', says: '第2项依据未选择法律法规' },
    { title: '第四条、第九条 (Art. 4, 9): a citation without articles is refused', bases: [citation({ articles: null })], expectField: 'bases.0.articles', says: '《中华人民共和国行政处罚法》未写明具体条款' },
    { title: '第四条、第九条 (Art. 4, 9): a citation with blank articles is refused', bases: [citation({ articles: '   ' })], expectField: 'bases.0.articles', says: '未写明具体条款' },
    { title: '第四条、第九条 (Art. 4, 9): a citation with no title and no articles is refused', bases: [citation({ legalBasisTitle: null, articles: '' })], expectField: 'bases.0.articles', says: '第1项依据《》未写明具体条款' },
    { title: '第四条、第九条 (Art. 4, 9): missing articles are refused on the caller\'s field', bases: [citation(), citation({ articles: '' })], field: 'powers.0.bases', expectField: 'powers.0.bases.1.articles', says: '第2项依据' },
    { title: '第四条、第九条 (Art. 4, 9): a power citing only a repealed basis is refused', bases: [repealed()], expectField: 'bases.0.legalBasis', says: '《已废止的条例》已不是现行有效的依据' },
    { title: '第四条、第九条 (Art. 4, 9): a power citing only a law not yet in effect is refused', bases: [citation({ legalBasisStatus: 'not-yet-effective', legalBasisTitle: '尚未施行的条例' })], expectField: 'bases.0.legalBasis', says: '《尚未施行的条例》已不是现行有效的依据' },
    { title: '第四条、第九条 (Art. 4, 9): a power citing only bases without status is refused', bases: [citation({ legalBasisStatus: null }), citation({ legalBasisStatus: null })], expectField: 'bases.0.legalBasis', says: '至少需引用一项现行有效的依据' },
    { title: '第四条、第九条 (Art. 4, 9): a missing law is reported before the missing in-force basis', bases: [repealed({ legalBasisId: null })], expectField: 'bases.0.legalBasis', says: '未选择法律法规' },
  ])('$title', ({ bases, field, expectField, says }) => {
    const result = field === undefined ? assertBasisRequired(bases) : assertBasisRequired(bases, field);
    expect(expectFailure(result, 'BASIS_REQUIRED', expectField).message).toContain(says);
  });
});
