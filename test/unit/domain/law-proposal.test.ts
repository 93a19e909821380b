// Art. 10 (and Art. 5: the justice department keeps the library): what a department's law proposal
// must say, who decides it, and that a refusal says why.
import { assertDecision, assertMayDecide, readLawProposal } from '../../../cms/src/domain/import/law-proposal';

describe('第十条: a law proposal', () => {
  test.each([
    [{ title: '', level: 'law' }, 'title'],
    [{ title: '《》', level: 'law' }, 'title'],
    [{ title: '草原法', level: 'statute' }, 'level'],
    [{ title: '草原法', level: 'law', promulgatedAt: '2021-13-40' }, 'promulgatedAt'],
    [{ title: '草原法', level: 'law', issuingBody: '某'.repeat(101) }, 'issuingBody'],
  ])('refuses %j on %s, citing Art. 10', (input, field) => {
    const result = readLawProposal(input);
    expect(result).toMatchObject({ ok: false, code: 'LAW_PROPOSAL_INVALID', field });
    expect(result.ok ? '' : result.message).toContain('第十条');
  });

  test('keeps the name as written without 《》, and the citing rows once each, in order', () => {
    expect(readLawProposal({ title: ' 《中华人民共和国草原法》 ', level: 'law', rows: [9, 4, 9, -1, 'x'] })).toEqual({
      ok: true,
      value: { title: '中华人民共和国草原法', level: 'law', issuingBody: null, promulgatedAt: null, rows: [4, 9] },
    });
  });
});

describe('第五条、第十条: who decides a law proposal', () => {
  const gov = 'gov-1';
  test.each([
    [{ role: 'dept-editor', governmentId: gov, justice: false }, 'ROLE_FORBIDDEN'],
    [{ role: 'justice-reviewer', governmentId: gov, justice: false }, 'ROLE_FORBIDDEN'],
    [{ role: 'gov-admin', governmentId: gov, justice: true }, 'ROLE_FORBIDDEN'],
    [{ role: 'justice-reviewer', governmentId: 'gov-2', justice: true }, 'SCOPE_FORBIDDEN'],
  ])('refuses %j with %s', (decider, code) => {
    expect(assertMayDecide(decider, gov)).toMatchObject({ ok: false, code });
  });
  test('the justice reviewer of the same government decides', () => {
    expect(assertMayDecide({ role: 'justice-reviewer', governmentId: gov, justice: true }, gov)).toEqual({ ok: true, value: true });
  });
  test('a refusal needs an opinion; a decided proposal is not decided again', () => {
    expect(assertDecision('proposed', 'refuse', '  ')).toMatchObject({ ok: false, code: 'OPINION_REQUIRED', field: 'opinion' });
    expect(assertDecision('accepted', 'refuse', '理由')).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    expect(assertDecision('refused', 'accept', '')).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    expect(assertDecision('proposed', 'accept', '')).toEqual({ ok: true, value: true });
  });
});
