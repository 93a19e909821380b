import {
  ACTIVE_POWER_STATUSES,
  ARTICLE,
  fail,
  firstFailure,
  isActivePower,
  ok,
  type RuleCode,
  type RuleResult,
} from '../../../cms/src/domain';
import { PREFIX, expectFailure } from './expect-rule';

describe('ARTICLE', () => {
  test.each<{ code: RuleCode; article: string }>([
    { code: 'BASIS_REQUIRED', article: '第四条、第九条' },
    { code: 'CATALOGUE_ONLY', article: '第十一条' },
    { code: 'DECOMPOSED', article: '第十一条' },
    { code: 'RESPONSIBILITY_ASSIGNED', article: '第十二条' },
    { code: 'LIST_COMPLETE', article: '第十三条' },
    { code: 'LIST_IMMUTABLE', article: '第十三条' },
    { code: 'DISCRETION_RANGE', article: '第十五条' },
    { code: 'CERTIFIED_OFFICER', article: '第十九条' },
    { code: 'ASSESSOR_SCOPE', article: '第二十三条' },
    { code: 'ASSESSMENT_COMPLETE', article: '第二十四条' },
    { code: 'INTERFERENCE_SEALED', article: '第三十条' },
  ])('$code enforces $article of order No. 250', ({ code, article }) => {
    expect(ARTICLE[code]).toBe(article);
  });
});

describe('fail', () => {
  test.each<{ title: string; code: RuleCode; field: string; message: string }>([
    { title: '第十九条 (Art. 19): the message starts with the regulation and article', code: 'CERTIFIED_OFFICER', field: 'posts', message: '证件已过期。' },
    { title: '第四条、第九条 (Art. 4, 9): a two-article rule cites both', code: 'BASIS_REQUIRED', field: 'bases', message: '缺少依据。' },
    { title: '第三十条 (Art. 30): the field is kept as given', code: 'INTERFERENCE_SEALED', field: 'id', message: '已封存。' },
  ])('$title', ({ code, field, message }) => {
    const v = expectFailure(fail(code, field, message), code, field);
    expect(v.message).toBe(`${PREFIX}${ARTICLE[code]}，${message}`);
    expect(v.message.startsWith('依据《内蒙古自治区行政执法责任制规定》')).toBe(true);
    expect(v).not.toHaveProperty('details');
  });

  test('第十一条 (Art. 11): details are attached when given', () => {
    const details = [{ item: 'CF-001', field: 'decomposition', message: '未分解' }];
    expect(fail('DECOMPOSED', 'decomposition', '有问题。', details)).toEqual({
      ok: false,
      code: 'DECOMPOSED',
      article: '第十一条',
      field: 'decomposition',
      message: '依据《内蒙古自治区行政执法责任制规定》第十一条，有问题。',
      details,
    });
  });
});

describe('firstFailure', () => {
  const officer = fail('CERTIFIED_OFFICER', 'posts', '甲');
  const basis = fail('BASIS_REQUIRED', 'bases', '乙');

  test.each<{ title: string; results: RuleResult[]; expected: RuleResult }>([
    { title: 'no results is ok', results: [], expected: ok },
    { title: 'all passing is ok', results: [ok, ok, { ok: true }], expected: ok },
    { title: 'the only failure is returned', results: [ok, basis, ok], expected: basis },
    { title: 'the first of several failures is returned', results: [ok, officer, basis], expected: officer },
    { title: 'order decides which failure is returned', results: [basis, officer], expected: basis },
  ])('$title', ({ results, expected }) => {
    expect(firstFailure(results)).toBe(expected);
  });

  test('ok is { ok: true }', () => {
    expect(ok).toEqual({ ok: true });
  });
});

describe('isActivePower', () => {
  test.each<{ status: string; active: boolean }>([
    { status: 'valid', active: true },
    { status: 'undertaken', active: true },
    { status: 'changed', active: true },
    { status: 'cancelled', active: false },
    { status: 'delegated', active: false },
    { status: '', active: false },
  ])('status "$status" active: $active', ({ status, active }) => {
    expect(isActivePower(status)).toBe(active);
  });

  test('the active statuses are valid, undertaken, changed', () => {
    expect([...ACTIVE_POWER_STATUSES]).toEqual(['valid', 'undertaken', 'changed']);
  });
});
