import type { FieldSchema, ResourceSchema } from '../providers/types';
import { recordLabel, representationField } from './representation';

const f = (name: string, type: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({ name, label: name, type, required: false, personal: false, ...extra });
const s = (mainField: string, fields: FieldSchema[]): ResourceSchema => ({ name: 'x', uid: 'x', label: 'x', description: '', mainField, draftAndPublish: false, actions: [], fields });

test.each([
  ['a name over the configured main field when that is a code (issue 14, point 7)', s('code', [f('name', 'string', { required: true }), f('code', 'string')]), 'name'],
  ['the configured main field when it names', s('interferer', [f('interferer', 'string'), f('remark', 'string')]), 'interferer'],
  ['never a bare grade', s('grade', [f('year', 'integer'), f('grade', 'string')]), 'id'],
  ["Strapi's default 'documentId' → first required text", s('documentId', [f('remark', 'string'), f('caseNumber', 'string', { required: true })]), 'caseNumber'],
  ['never a personal field', s('documentId', [f('idNumber', 'string', { required: true, personal: true }), f('title', 'string')]), 'title'],
  ['no text at all → id', s('documentId', [f('kind', 'enumeration'), f('reason', 'text')]), 'id'],
])('%s', (_case, schema, expected) => {
  expect(representationField(schema)).toBe(expected);
});

test('unknown resource → id', () => {
  expect(representationField(undefined)).toBe('id');
});

const t = (key: string, options: Record<string, unknown> = {}): string => `${key}${JSON.stringify(options)}`;

test('records without a name are named from what they hold, never by id', () => {
  const cases = s('documentId', [f('finding', 'text'), f('measure', 'enumeration')]);
  const finding = '未按规定公示行政执法信息，群众多次投诉，经调查核实情况属实，依照规定责令限期改正并通报';
  expect(finding.length).toBeGreaterThan(30);
  expect(recordLabel(cases, t)({ id: 'abc123', finding })).toBe(`${finding.slice(0, 30)}…`);
  expect(recordLabel(cases, t)({ id: 'abc123', finding: '未公示' })).toBe('未公示');
  const assessments = s('grade', [f('year', 'integer'), f('grade', 'string')]);
  expect(recordLabel(assessments, t)({ id: 'x', year: 2026, grade: '优秀' })).toBe('app.representation.assessment{"year":"2026","grade":"优秀"}');
  const powers = s('code', [f('code', 'string'), f('name', 'string')]);
  expect(recordLabel(powers, t)({ id: 'p', code: 'SC-JC-001', name: '对食品生产经营者的监督检查' })).toBe('对食品生产经营者的监督检查');
  expect(recordLabel(cases, t)({ id: 'abc123' })).toBe('app.representation.untitled{}');
});
