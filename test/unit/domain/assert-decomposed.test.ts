import {
  ARTICLE,
  assertDecomposed,
  type DecompositionFacts,
  type DepartmentPostFacts,
  type PowerFacts,
} from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const DEPT = 'dept-1';

const row = (o: Partial<DecompositionFacts> = {}): DecompositionFacts => ({
  agencyId: 'agency-1',
  postId: 'post-1',
  agencyDepartmentId: DEPT,
  postAgencyId: 'agency-1',
  ...o,
});
const power = (o: Partial<PowerFacts> = {}): PowerFacts => ({
  id: 'power-1',
  code: 'CF-001',
  name: '对违法排污的处罚',
  type: 'penalty',
  status: 'valid',
  departmentId: DEPT,
  bases: [],
  steps: [],
  accountabilities: [],
  serviceGuide: null,
  flowchart: null,
  statutoryMin: null,
  statutoryMax: null,
  discretion: [],
  decomposition: [row()],
  ...o,
});
const post = (id = 'post-1', name = '行政处罚岗'): DepartmentPostFacts => ({ id, name });

describe('DECOMPOSED (Art. 11)', () => {
  test('the rule cites 第十一条', () => {
    expect(ARTICLE.DECOMPOSED).toBe('第十一条');
  });

  test.each<{ title: string; powers: PowerFacts[]; posts: DepartmentPostFacts[] }>([
    { title: '第十一条 (Art. 11): a power broken down to an own agency and post, covering every post, is accepted', powers: [power()], posts: [post()] },
    { title: '第十一条 (Art. 11): a department with no powers and no posts has nothing to decompose', powers: [], posts: [] },
    {
      title: '第十一条 (Art. 11): a cancelled power needs no decomposition',
      powers: [power(), power({ code: 'CF-002', status: 'cancelled', decomposition: [] })],
      posts: [post()],
    },
    {
      title: '第十一条 (Art. 11): an incomplete row beside a complete one is accepted',
      powers: [power({ decomposition: [row({ postId: null }), row()] })],
      posts: [post()],
    },
    {
      title: '第十一条 (Art. 11): two posts each holding a power are accepted',
      powers: [power(), power({ code: 'QZ-001', type: 'coercion', status: 'undertaken', decomposition: [row({ postId: 'post-2' })] })],
      posts: [post(), post('post-2', '行政强制岗')],
    },
  ])('$title', ({ powers, posts }) => {
    expectOk(assertDecomposed(DEPT, powers, posts));
  });

  test.each<{ title: string; powers: PowerFacts[]; posts: DepartmentPostFacts[]; expectField: string; says: string; count: number }>([
    {
      title: '第十一条 (Art. 11): an active power without any decomposition is refused',
      powers: [power({ decomposition: [] })], posts: [], expectField: 'decomposition', says: '事项“对违法排污的处罚”未分解到执法机构和执法岗位等1处问题', count: 1,
    },
    {
      title: '第十一条 (Art. 11): an undertaken power with only an agency (no post) is refused',
      powers: [power({ status: 'undertaken', decomposition: [row({ postId: null })] })], posts: [], expectField: 'decomposition', says: '未分解到执法机构和执法岗位', count: 1,
    },
    {
      title: '第十一条 (Art. 11): a changed power with only a post (no agency) is refused',
      powers: [power({ status: 'changed', decomposition: [row({ agencyId: null })] })], posts: [], expectField: 'decomposition', says: '未分解到执法机构和执法岗位', count: 1,
    },
    {
      title: '第十一条 (Art. 11): a power broken down to another department\'s agency is refused',
      powers: [power({ decomposition: [row({ agencyDepartmentId: 'dept-2' })] })], posts: [post()], expectField: 'decomposition.agency', says: '分解到了其他部门的执法机构', count: 1,
    },
    {
      title: '第十一条 (Art. 11): a power on a post outside the chosen agency is refused',
      powers: [power({ decomposition: [row({ postAgencyId: 'agency-2' })] })], posts: [post()], expectField: 'decomposition.post', says: '的岗位不属于所选执法机构', count: 1,
    },
    {
      title: '第十一条 (Art. 11): a post left without any power is refused',
      powers: [power()], posts: [post(), post('post-2', '行政检查岗')], expectField: 'posts', says: '执法岗位“行政检查岗”没有分配任何职权', count: 1,
    },
    {
      title: '第十一条 (Art. 11): a post held only by a delegated power counts as without powers',
      powers: [power({ status: 'delegated' })], posts: [post()], expectField: 'posts', says: '没有分配任何职权', count: 1,
    },
    {
      title: '第十一条 (Art. 11): several problems are all listed and the first one is reported',
      powers: [power({ decomposition: [] }), power({ code: 'CF-002', decomposition: [row({ agencyDepartmentId: 'dept-2' })] })],
      posts: [post(), post('post-2')], expectField: 'decomposition', says: '等3处问题', count: 3,
    },
  ])('$title', ({ powers, posts, expectField, says, count }) => {
    const v = expectFailure(assertDecomposed(DEPT, powers, posts), 'DECOMPOSED', expectField);
    expect(v.message).toContain(says);
    expect(v.details).toHaveLength(count);
    expect(v.details?.[0].field).toBe(expectField);
  });

  test('第十一条 (Art. 11): details name the offending power code or post name', () => {
    const v = expectFailure(
      assertDecomposed(DEPT, [power({ code: 'CF-009', decomposition: [] })], [post('post-9', '投诉处理岗')]),
      'DECOMPOSED',
      'decomposition',
    );
    expect(v.details).toEqual([
      { item: 'CF-009', field: 'decomposition', message: '事项“对违法排污的处罚”未分解到执法机构和执法岗位' },
      { item: '投诉处理岗', field: 'posts', message: '执法岗位“投诉处理岗”没有分配任何职权' },
    ]);
  });
});
