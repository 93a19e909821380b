import { ARTICLE, assertResponsibilityAssigned, type PostFacts } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const post = (o: Partial<PostFacts> = {}): PostFacts => ({
  id: 'post-1',
  name: '行政处罚岗',
  responsibilities: '负责立案、调查取证和处罚决定的起草',
  officerIds: ['officer-1'],
  ...o,
});

describe('RESPONSIBILITY_ASSIGNED (Art. 12)', () => {
  test('the rule cites 第十二条', () => {
    expect(ARTICLE.RESPONSIBILITY_ASSIGNED).toBe('第十二条');
  });

  test.each<{ title: string; posts: PostFacts[] }>([
    { title: '第十二条 (Art. 12): a post with officers and a defined responsibility is accepted', posts: [post()] },
    { title: '第十二条 (Art. 12): several staffed posts with responsibilities are accepted', posts: [post(), post({ id: 'post-2', name: '行政检查岗', officerIds: ['officer-2', 'officer-3'] })] },
    { title: '第十二条 (Art. 12): no post holding powers means nothing to assign', posts: [] },
  ])('$title', ({ posts }) => {
    expectOk(assertResponsibilityAssigned(posts));
  });

  test.each<{ title: string; posts: PostFacts[]; expectField: string; says: string; count: number }>([
    { title: '第十二条 (Art. 12): a post without officers is refused', posts: [post({ officerIds: [] })], expectField: 'officers', says: '执法岗位“行政处罚岗”没有配备行政执法人员等1处问题', count: 1 },
    { title: '第十二条 (Art. 12): a post without responsibilities is refused', posts: [post({ responsibilities: null })], expectField: 'responsibilities', says: '未确定具体执法责任', count: 1 },
    { title: '第十二条 (Art. 12): a post with blank responsibilities is refused', posts: [post({ responsibilities: ' \n ' })], expectField: 'responsibilities', says: '未确定具体执法责任', count: 1 },
    { title: '第十二条 (Art. 12): a post missing both is refused with two problems, officers first', posts: [post({ officerIds: [], responsibilities: '' })], expectField: 'officers', says: '等2处问题', count: 2 },
    {
      title: '第十二条 (Art. 12): a bad second post is reported after a good first one',
      posts: [post(), post({ id: 'post-2', name: '行政检查岗', responsibilities: null })], expectField: 'responsibilities', says: '执法岗位“行政检查岗”未确定具体执法责任', count: 1,
    },
  ])('$title', ({ posts, expectField, says, count }) => {
    const v = expectFailure(assertResponsibilityAssigned(posts), 'RESPONSIBILITY_ASSIGNED', expectField);
    expect(v.message).toContain(says);
    expect(v.details).toHaveLength(count);
  });

  test('第十二条 (Art. 12): details name each post and field', () => {
    const v = expectFailure(assertResponsibilityAssigned([post({ name: '审批岗', officerIds: [], responsibilities: null })]), 'RESPONSIBILITY_ASSIGNED', 'officers');
    expect(v.details).toEqual([
      { item: '审批岗', field: 'officers', message: '执法岗位“审批岗”没有配备行政执法人员' },
      { item: '审批岗', field: 'responsibilities', message: '执法岗位“审批岗”未确定具体执法责任' },
    ]);
  });
});
