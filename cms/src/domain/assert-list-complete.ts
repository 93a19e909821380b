// Art. 13: a list is submitted only when each item has type, basis, steps, accountability, and (application-based) guide and flowchart.
import { assertBasisRequired } from './assert-basis-required';
import { isActivePower, type PowerFacts, type SubmissionPowerFacts } from './facts';
import { fail, ok, type RuleResult, type ViolationDetail } from './result';

const blank = (value: string | null): boolean => !value || value.trim() === '';

/** A power as the rule reads it: its full facts, or the submission statement's, which count the steps and situations. */
type ItemFacts = PowerFacts | SubmissionPowerFacts;
const stepsOf = (p: ItemFacts): number => ('steps' in p ? p.steps.length : p.stepCount);
const accountabilitiesOf = (p: ItemFacts): number => ('accountabilities' in p ? p.accountabilities.length : p.accountabilityCount);

export function listItemGaps(power: ItemFacts, applicationBasedTypes: readonly string[]): ViolationDetail[] {
  const gaps: ViolationDetail[] = [];
  const add = (field: string, what: string) => gaps.push({ item: power.code, field, message: `事项“${power.name}”缺少${what}` });
  if (blank(power.type)) add('type', '权力类型');
  const basis = assertBasisRequired(power.bases);
  if (!basis.ok) gaps.push({ item: power.code, field: basis.field, message: `事项“${power.name}”的设定依据不完整` });
  if (stepsOf(power) === 0) add('steps', '责任事项');
  if (accountabilitiesOf(power) === 0) add('accountabilities', '追责情形');
  if (applicationBasedTypes.includes(power.type)) {
    if (blank(power.serviceGuide)) add('serviceGuide', '办事指南');
    if (blank(power.flowchart)) add('flowchart', '运行流程图');
  }
  return gaps;
}

export function assertListComplete(powers: readonly ItemFacts[], applicationBasedTypes: readonly string[]): RuleResult {
  const active = powers.filter((p) => isActivePower(p.status));
  if (active.length === 0) return fail('LIST_COMPLETE', 'items', '权责清单中没有有效的职权事项，不能提交。');
  const details = active.flatMap((p) => listItemGaps(p, applicationBasedTypes));
  if (details.length === 0) return ok;
  return fail('LIST_COMPLETE', details[0].field, `权责清单事项要素不全：${details[0].message}等${details.length}处问题。`, details);
}
