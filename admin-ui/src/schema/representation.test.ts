import type { FieldSchema, ResourceSchema } from '../providers/types';
import { representationField } from './representation';

const f = (name: string, type: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({ name, label: name, type, required: false, personal: false, ...extra });
const s = (mainField: string, fields: FieldSchema[]): ResourceSchema => ({ name: 'x', uid: 'x', label: 'x', description: '', mainField, draftAndPublish: false, actions: [], fields });

test.each([
  ['the configured main field', s('code', [f('name', 'string', { required: true }), f('code', 'string')]), 'code'],
  ["Strapi's default 'documentId' → first required text", s('documentId', [f('remark', 'string'), f('caseNumber', 'string', { required: true })]), 'caseNumber'],
  ['never a personal field', s('documentId', [f('idNumber', 'string', { required: true, personal: true }), f('title', 'string')]), 'title'],
  ['no text at all → id', s('documentId', [f('kind', 'enumeration'), f('reason', 'text')]), 'id'],
])('%s', (_case, schema, expected) => {
  expect(representationField(schema)).toBe(expected);
});

test('unknown resource → id', () => {
  expect(representationField(undefined)).toBe('id');
});
