import { ARTICLE, assertListImmutable, type ListChange, type ListFreezePolicy } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

/** As in config/workflow.json (frozenListStates, frozenListExits), with the withdrawal reason as exit field. */
const POLICY: ListFreezePolicy = {
  frozenStates: ['published', 'superseded', 'withdrawn'],
  exits: { published: ['superseded', 'withdrawn'] },
  exitFields: ['withdrawReason', 'supersededBy'],
};

const change = (o: Partial<ListChange> = {}): ListChange => ({
  action: 'update',
  stateFrom: 'published',
  stateTo: 'published',
  changedFields: [],
  ...o,
});

describe('LIST_IMMUTABLE (Art. 13)', () => {
  test('the rule cites 第十三条', () => {
    expect(ARTICLE.LIST_IMMUTABLE).toBe('第十三条');
  });

  test.each<{ title: string; c: ListChange }>([
    { title: '第十三条 (Art. 13): a draft list may be edited freely', c: change({ stateFrom: 'draft', stateTo: 'draft', changedFields: ['title', 'items'] }) },
    { title: '第十三条 (Art. 13): a draft list may be deleted', c: change({ action: 'delete', stateFrom: 'draft', stateTo: 'draft' }) },
    { title: '第十三条 (Art. 13): an approved list may be published', c: change({ stateFrom: 'approved', stateTo: 'published', changedFields: ['state', 'publishedAt'] }) },
    { title: '第十三条 (Art. 13): a published list may be superseded by a new version', c: change({ stateTo: 'superseded', changedFields: ['state', 'supersededBy'] }) },
    { title: '第十三条 (Art. 13): a published list may be withdrawn with a reason', c: change({ stateTo: 'withdrawn', changedFields: ['state', 'withdrawReason'] }) },
    { title: '第十三条 (Art. 13): a save of a published list that changes nothing is accepted', c: change() },
  ])('$title', ({ c }) => {
    expectOk(assertListImmutable(c, POLICY));
  });

  test.each<{ title: string; c: ListChange; expectField: string; says: string }>([
    { title: '第十三条 (Art. 13): deleting a published list is refused', c: change({ action: 'delete' }), expectField: 'id', says: '不得删除' },
    { title: '第十三条 (Art. 13): deleting a superseded list is refused', c: change({ action: 'delete', stateFrom: 'superseded', stateTo: 'superseded' }), expectField: 'id', says: '不得删除' },
    { title: '第十三条 (Art. 13): editing a published list\'s title is refused', c: change({ changedFields: ['title'] }), expectField: 'title', says: '不得修改' },
    { title: '第十三条 (Art. 13): changing items while superseding is refused', c: change({ stateTo: 'superseded', changedFields: ['state', 'items'] }), expectField: 'items', says: '请新建版本' },
    { title: '第十三条 (Art. 13): setting an exit field without leaving the state is refused', c: change({ changedFields: ['withdrawReason'] }), expectField: 'withdrawReason', says: '不得修改' },
    { title: '第十三条 (Art. 13): moving a published list back to draft is refused', c: change({ stateTo: 'draft', changedFields: ['state'] }), expectField: 'state', says: '不得修改' },
    { title: '第十三条 (Art. 13): reviving a superseded list is refused', c: change({ stateFrom: 'superseded', stateTo: 'published', changedFields: ['state'] }), expectField: 'state', says: '由新版本替代' },
    { title: '第十三条 (Art. 13): editing a withdrawn list is refused', c: change({ stateFrom: 'withdrawn', stateTo: 'withdrawn', changedFields: ['remarks'] }), expectField: 'remarks', says: '不得修改' },
  ])('$title', ({ c, expectField, says }) => {
    expect(expectFailure(assertListImmutable(c, POLICY), 'LIST_IMMUTABLE', expectField).message).toContain(says);
  });
});
