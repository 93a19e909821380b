import { ARTICLE, assertListTransition, type ListTransitionRequest } from '../../../cms/src/domain';
import { loadConfig } from '../../../config/src';
import { expectFailure, expectOk } from './expect-rule';

const TRANSITIONS = loadConfig().workflow.listTransitions;
const DEPT = 'dept-1';
const GOV = 'gov-1';

const req = (o: Partial<ListTransitionRequest> = {}): ListTransitionRequest => ({
  from: 'draft',
  to: 'submitted',
  role: 'dept-editor',
  actor: { departmentId: DEPT, governmentId: GOV, supervises: false },
  list: { departmentId: DEPT, governmentId: GOV },
  opinion: null,
  ...o,
});
const reviewer = (governmentId: string) => ({ role: 'justice-reviewer', actor: { departmentId: 'justice-1', governmentId, supervises: true } });

describe('list workflow steps (Art. 5, 13)', () => {
  test('the codes cite 第十三条 and, for the organisation, 第五条', () => {
    expect([ARTICLE.INVALID_TRANSITION, ARTICLE.ROLE_FORBIDDEN, ARTICLE.OPINION_REQUIRED]).toEqual(['第十三条', '第十三条', '第十三条']);
    expect(ARTICLE.WRONG_ORGANISATION).toBe('第五条、第十三条');
  });

  test.each<{ title: string; r: ListTransitionRequest }>([
    { title: '第十三条: the department’s editor submits its draft', r: req() },
    { title: '第十三条: the head resubmits a returned version', r: req({ from: 'returned', role: 'dept-head' }) },
    { title: '第十三条: the head forwards to legal review', r: req({ from: 'submitted', to: 'legal-review', role: 'dept-head' }) },
    { title: '第五条: the same government’s justice reviewer approves', r: req({ from: 'legal-review', to: 'approved', ...reviewer(GOV) }) },
    { title: '第五条: the reviewer returns with an opinion', r: req({ from: 'legal-review', to: 'returned', ...reviewer(GOV), opinion: '请补充依据' }) },
    { title: '第十三条: the head publishes an approved version', r: req({ from: 'approved', to: 'published', role: 'dept-head' }) },
    { title: '第十三条: the reviewer withdraws a published version with a reason', r: req({ from: 'published', to: 'withdrawn', ...reviewer(GOV), opinion: '依据有误' }) },
  ])('$title', ({ r }) => {
    expectOk(assertListTransition(r, TRANSITIONS));
  });

  test.each<{ title: string; r: ListTransitionRequest; code: 'INVALID_TRANSITION' | 'ROLE_FORBIDDEN' | 'WRONG_ORGANISATION' | 'OPINION_REQUIRED'; field: string }>([
    { title: '第十三条: a draft cannot jump to published', r: req({ to: 'published' }), code: 'INVALID_TRANSITION', field: 'state' },
    { title: '第十三条: the editor may not forward', r: req({ from: 'submitted', to: 'legal-review' }), code: 'ROLE_FORBIDDEN', field: 'state' },
    { title: '第十三条: a department may not approve its own list', r: req({ from: 'legal-review', to: 'approved', role: 'dept-head' }), code: 'ROLE_FORBIDDEN', field: 'state' },
    { title: '第十三条: a viewer may not submit', r: req({ role: 'viewer' }), code: 'ROLE_FORBIDDEN', field: 'state' },
    { title: '第十三条: another department’s editor may not submit', r: req({ actor: { departmentId: 'dept-2', governmentId: GOV, supervises: false } }), code: 'WRONG_ORGANISATION', field: 'department' },
    { title: '第五条: a reviewer of another (upper) government may not approve', r: req({ from: 'legal-review', to: 'approved', ...reviewer('gov-upper') }), code: 'WRONG_ORGANISATION', field: 'department' },
    { title: '第十三条: a return without an opinion is refused', r: req({ from: 'legal-review', to: 'returned', ...reviewer(GOV), opinion: '  ' }), code: 'OPINION_REQUIRED', field: 'reviewOpinion' },
    { title: '第十三条: a withdrawal without a reason is refused', r: req({ from: 'published', to: 'withdrawn', ...reviewer(GOV) }), code: 'OPINION_REQUIRED', field: 'reviewOpinion' },
  ])('$title', ({ r, code, field }) => {
    expectFailure(assertListTransition(r, TRANSITIONS), code, field);
  });
});
