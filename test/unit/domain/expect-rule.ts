// Shared assertions for the rule tests (not a test file itself: jest only picks up *.test.ts).
import { ARTICLE, type RuleCode, type RuleResult, type Violation } from '../../../cms/src/domain';

export const PREFIX = '依据《内蒙古自治区行政执法责任制规定》';

/** Asserts a refusal with the given code and field whose message cites the rule's article; returns the violation. */
export function expectFailure(result: RuleResult, code: RuleCode, field: string): Violation {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error(`expected ${code} to fail on ${field}, but the rule passed`);
  expect(result.code).toBe(code);
  expect(result.field).toBe(field);
  expect(result.article).toBe(ARTICLE[code]);
  expect(result.message).toContain(ARTICLE[code]);
  expect(result.message.startsWith(`${PREFIX}${ARTICLE[code]}，`)).toBe(true);
  return result;
}

export function expectOk(result: RuleResult): void {
  expect(result).toEqual({ ok: true });
}
