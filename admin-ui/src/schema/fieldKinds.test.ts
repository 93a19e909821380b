import type { FieldSchema } from '../providers/types';
import { filterSpecs, hasSearchableText, isSortable, listColumns } from './fieldKinds';

const f = (name: string, type: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({ name, label: name, type, required: false, personal: false, ...extra });

describe('listColumns', () => {
  test('components and JSON never appear in lists; long texts and to-many relations start hidden', () => {
    const fields = [
      f('name', 'string'),
      f('bases', 'component', { repeatable: true }),
      f('snapshot', 'json'),
      f('remarks', 'text'),
      f('posts', 'relation', { reference: 'posts', many: true }),
      f('department', 'relation', { reference: 'departments', many: false }),
    ];
    const { columns, hidden } = listColumns(fields);
    expect(columns.map((c) => c.name)).toEqual(['name', 'remarks', 'posts', 'department']);
    expect(hidden).toEqual(['remarks', 'posts']);
  });

  test('only the first eight short fields show by default; a field added later is still a column', () => {
    const fields = Array.from({ length: 10 }, (_, i) => f(`field${i}`, 'string'));
    const { columns, hidden } = listColumns(fields);
    expect(columns).toHaveLength(10);
    expect(hidden).toEqual(['field8', 'field9']);
  });
});

describe('isSortable', () => {
  test.each([
    [f('name', 'string'), true],
    [f('year', 'integer'), true],
    [f('dueAt', 'date'), true],
    [f('state', 'enumeration'), true],
    [f('idNumber', 'string', { personal: true }), false],
    [f('department', 'relation'), false],
    [f('figures', 'json'), false],
  ])('%o → %s', (field, expected) => {
    expect(isSortable(field)).toBe(expected);
  });
});

describe('filterSpecs', () => {
  const fields = [
    f('type', 'enumeration', { enum: ['penalty', 'licensing'] }),
    f('department', 'relation', { reference: 'departments' }),
    f('adjustment', 'relation', { reference: 'power-adjustments' }),
    f('dueAt', 'date'),
    f('isJustice', 'boolean'),
    f('name', 'string'),
    f('idNumber', 'string', { personal: true }),
    f('level', 'enumeration', { enum: ['high'], personal: true }),
  ];

  test('enums, browsable relations, date ranges and booleans; never personal fields', () => {
    const specs = filterSpecs(fields, (resource) => resource === 'departments');
    expect(specs.map((s) => [s.field.name, s.kind])).toEqual([
      ['type', 'enum'],
      ['department', 'reference'],
      ['dueAt', 'dateRange'],
      ['isJustice', 'boolean'],
    ]);
  });

  test('full-text search only where a non-personal text field exists', () => {
    expect(hasSearchableText(fields)).toBe(true);
    expect(hasSearchableText([f('idNumber', 'string', { personal: true }), f('year', 'integer')])).toBe(false);
  });
});
