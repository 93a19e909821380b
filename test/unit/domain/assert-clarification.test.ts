import { ARTICLE, assertClarification, type ClarificationFacts } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const base: ClarificationFacts = {
  action: 'update', stateBefore: 'draft', stateAfter: 'draft', departmentId: 'dept-market', officerId: 'officer-1', officerDepartmentId: 'dept-market',
  statement: '经调查，举报反映的问题不属实。', linkedCase: null, changedFields: ['finding'],
};
const cleared = { subjectKind: 'officer', officerId: 'officer-1', state: 'exempted' };

describe('CLARIFICATION_PUBLISHED (Art. 31)', () => {
  test('the rule cites 第三十一条', () => {
    expect(ARTICLE.CLARIFICATION_PUBLISHED).toBe('第三十一条');
  });

  test.each<{ title: string; f: ClarificationFacts }>([
    { title: '第三十一条: a draft is edited', f: base },
    { title: '第三十一条: a clarification is published with its statement', f: { ...base, stateAfter: 'published' } },
    { title: '第三十一条: published after the linked case was exempted', f: { ...base, stateAfter: 'published', linkedCase: cleared } },
    { title: '第三十一条: published after the linked case was closed', f: { ...base, stateAfter: 'published', linkedCase: { ...cleared, state: 'closed' } } },
    { title: '第三十一条: a draft is deleted', f: { ...base, action: 'delete' } },
    { title: '第三十一条: saving a published one unchanged', f: { ...base, stateBefore: 'published', stateAfter: 'published', changedFields: [] } },
  ])('$title', ({ f }) => expectOk(assertClarification(f)));

  test.each<{ title: string; f: ClarificationFacts; field: string; says: string }>([
    { title: '第三十一条: a published clarification is not edited', f: { ...base, stateBefore: 'published', stateAfter: 'published' }, field: 'state', says: '不能修改或删除' },
    { title: '第三十一条: a published clarification is not deleted', f: { ...base, action: 'delete', stateBefore: 'published', changedFields: [] }, field: 'state', says: '不能修改或删除' },
    { title: '第三十一条: an officer of another department is refused', f: { ...base, officerDepartmentId: 'dept-ecology' }, field: 'officer', says: '本部门的执法人员' },
    { title: '第三十一条: publishing without statement is refused', f: { ...base, stateAfter: 'published', statement: ' ' }, field: 'statement', says: '须写明' },
    { title: '第三十一条: publishing while the linked case is open is refused', f: { ...base, stateAfter: 'published', linkedCase: { ...cleared, state: 'open' } }, field: 'accountabilityCase', says: '尚未以免责或办结终结' },
    { title: '第三十一条: a case against another officer is refused', f: { ...base, linkedCase: { ...cleared, officerId: 'officer-2' } }, field: 'accountabilityCase', says: '针对该执法人员' },
  ])('$title', ({ f, field, says }) => {
    expect(expectFailure(assertClarification(f), 'CLARIFICATION_PUBLISHED', field).message).toContain(says);
  });
});
