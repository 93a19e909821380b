import type { ResourceSchema } from '../providers/types';
import { menuGroups } from './menuGroups';

const schema = (name: string, label: string): ResourceSchema => ({ name, uid: `api::${name}`, label, description: '', mainField: 'name', draftAndPublish: false, actions: [], fields: [] });

const schemas = [
  schema('powers', '权责事项'),
  schema('departments', '行政执法部门'),
  schema('interference-records', '干预执法记录'),
  schema('audit-logs', '审计日志'),
  schema('inspection-plans', '检查计划'),
];

describe('menuGroups', () => {
  test('groups what the role may list, in the order staff expect, and drops empty groups', () => {
    const groups = menuGroups(schemas, { powers: ['find'], departments: ['find', 'findOne'] });
    expect(groups.map((g) => [g.key, g.entries.map((e) => e.resource)])).toEqual([
      ['organisation', ['departments']],
      ['powers', ['powers']],
    ]);
  });

  test('a report-only resource links to its create page', () => {
    const groups = menuGroups(schemas, { 'interference-records': ['create'] });
    expect(groups).toEqual([{ key: 'supervision', entries: [{ resource: 'interference-records', label: '干预执法记录', target: 'create' }] }]);
  });

  test('a resource added later in Strapi appears under 系统 with its schema label', () => {
    const groups = menuGroups(schemas, { 'inspection-plans': ['find'], 'audit-logs': ['find'] });
    expect(groups).toEqual([
      {
        key: 'system',
        entries: [
          { resource: 'audit-logs', label: '审计日志', target: 'list' },
          { resource: 'inspection-plans', label: '检查计划', target: 'list' },
        ],
      },
    ]);
  });

  test('nothing for a role without permissions', () => {
    expect(menuGroups(schemas, undefined)).toEqual([]);
  });
});
