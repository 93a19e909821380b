import { ARTICLE, assertEnforcementRecord, recordComplete, recordCompleteness, stagesOf, type EnforcementRecordFacts, type StageRecord } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const config = { requiredStages: ['register', 'investigate', 'review', 'notify', 'decide', 'serve'], videoStages: ['investigate', 'serve'] };
const st = (stage: string, means: string[] = ['text'], recorder: string | null = '张执法', storage: string | null = '档案室A-12'): StageRecord => ({ stage, means, recorder, storage });
const full: StageRecord[] = [st('register'), st('investigate', ['text', 'video']), st('review'), st('notify'), st('decide'), st('serve', ['video'])];
const facts = (stages: StageRecord[], major = false, hasFiling = false): EnforcementRecordFacts => ({ stages, major, hasFiling });

describe('第十四条 ENFORCEMENT_RECORD: 执法全过程记录', () => {
  test('cites Art. 14 and Art. 16', () => {
    expect(ARTICLE.ENFORCEMENT_RECORD).toBe('第十四条、第十六条');
  });

  test.each<[string, EnforcementRecordFacts]>([
    ['no stage recorded yet', facts([])],
    ['立案 only', facts([st('register')])],
    ['every required stage', facts(full)],
    ['with 听证 after 告知 and 执行', facts([...full, st('hearing'), st('execute')])],
    ['a major decision linked to its filing', facts(full, true, true)],
    ['a major case not yet decided, no filing yet', facts([st('register')], true, false)],
  ])('第十四条 (Art. 14): allowed — %s', (_t, f) => {
    expectOk(assertEnforcementRecord(f, config));
  });

  test.each<[string, EnforcementRecordFacts | null, string]>([
    ['stages not a list', null, 'stages'],
    ['an unknown stage', facts([st('appeal')]), 'stages'],
    ['a stage recorded twice', facts([st('register'), st('register')]), 'stages'],
    ['a stage without means', facts([st('register', [])]), 'stages'],
    ['a stage with an unknown means', facts([st('register', ['photo'])]), 'stages'],
    ['a stage without the recorder', facts([st('register', ['text'], ' ')]), 'stages'],
    ['a stage without the storage place', facts([st('register', ['text'], '张执法', null)]), 'stages'],
    ['调查取证 without 音像 (config names it)', facts([st('investigate', ['text'])]), 'stages'],
    ['送达 without 决定', facts([st('register'), st('serve', ['video'])]), 'stages'],
    ['执行 without 决定', facts([st('register'), st('execute')]), 'stages'],
    ['听证 without 告知', facts([st('register'), st('hearing')]), 'stages'],
    ['a major decision without its filing', facts(full, true, false), 'filing'],
  ])('第十四条 (Art. 14): refused — %s', (_t, f, field) => {
    expectFailure(assertEnforcementRecord(f, config), 'ENFORCEMENT_RECORD', field);
  });

  test('completeness is the share of required stages recorded', () => {
    expect(recordCompleteness(full, config.requiredStages)).toBe(1);
    expect(recordCompleteness([st('register'), st('review'), st('hearing')], config.requiredStages)).toBe(0.33);
    expect(recordCompleteness([], config.requiredStages)).toBe(0);
    expect(recordCompleteness([], [])).toBe(1);
  });

  test.each([
    ['every required stage with means, recorder and storage', true, facts(full)],
    ['送达 not yet recorded', false, facts(full.slice(0, 5))],
    ['审查 without who recorded it (a record kept before the rule)', false, facts(full.map((s) => (s.stage === 'review' ? { ...s, recorder: ' ' } : s)))],
    ['送达 in writing only, where config requires 音像', false, facts(full.map((s) => (s.stage === 'serve' ? { ...s, means: ['text'] } : s)))],
    ['a major decision without its filing (第十六条)', false, facts(full, true, false)],
    ['a major decision linked to its filing', true, facts(full, true, true)],
  ])('第十四条 (Art. 14): complete for the assessment? %s → %s', (_t, expected, f) => {
    expect(recordComplete(f, config)).toBe(expected);
  });

  test('stagesOf reads JSON and refuses what is not a list of objects', () => {
    expect(stagesOf(null)).toEqual([]);
    expect(stagesOf('立案')).toBeNull();
    expect(stagesOf([1])).toBeNull();
    expect(stagesOf([{ stage: 'register', means: 'text', recorder: 'a', storage: 'b' }])).toEqual([st('register', ['text'], 'a', 'b')]);
  });
});
