import { auditFields, resourceLabel, AUDIT_ACTIONS } from './auditFields';
import type { ResourceSchema } from '../providers/types';

const schema: ResourceSchema = {
  name: 'audit-logs', uid: 'api::audit-log.audit-log', label: '审计日志', description: '', mainField: 'id', draftAndPublish: false, actions: ['find'],
  fields: ['actor', 'organisation', 'governmentCode', 'role', 'action', 'resource', 'recordId', 'address', 'actorKind', 'changes']
    .map((name) => ({ name, label: name, type: name === 'changes' ? 'json' : 'string', required: false, personal: false }))
    .concat([{ name: 'at', label: '操作时间', type: 'datetime', required: true, personal: false }]),
};

test('action and resource become enumerations, columns in reading order', () => {
  const fields = auditFields(schema, ['api::power.power']);
  expect(fields.map((f) => f.name)).toEqual(['at', 'actor', 'organisation', 'role', 'action', 'resource', 'recordId', 'address', 'actorKind', 'changes']);
  expect(fields.find((f) => f.name === 'action')).toMatchObject({ type: 'enumeration', enum: [...AUDIT_ACTIONS] });
  expect(fields.find((f) => f.name === 'resource')?.enum).toEqual(['api::power.power', 'plugin::users-permissions.user', 'plugin::users-permissions.role', 'nmg::law-proposal', 'nmg::header-mapping', 'nmg::pending-import']);
});

test('the first compilation\'s events are among the actions, their records named in words (issue 15)', () => {
  expect(AUDIT_ACTIONS).toEqual(expect.arrayContaining(['law-propose', 'law-accept', 'law-refuse', 'header-mapping-save', 'import-revalidate']));
  const translate = (key: string, options?: Record<string, unknown>) => (key === 'app.audit.resource.law-proposals' ? '法律法规收录提请' : String(options?._ ?? key));
  expect(resourceLabel('nmg::law-proposal', [], translate)).toBe('法律法规收录提请');
});

test('security events are among the actions', () => {
  expect(AUDIT_ACTIONS).toEqual(expect.arrayContaining(['sign-in', 'sign-in-failed', 'lockout', 'unlock', 'password-change', 'sign-out', 'role-update']));
});

test('a resource uid reads as its console label, accounts and roles by their texts', () => {
  const translate = (key: string, options?: Record<string, unknown>) => (key === 'app.audit.resource.users' ? '用户账号' : String(options?._ ?? key));
  const powers: ResourceSchema = { ...schema, name: 'powers', uid: 'api::power.power', label: '权责事项' };
  expect(resourceLabel('api::power.power', [powers], translate)).toBe('权责事项');
  expect(resourceLabel('plugin::users-permissions.user', [], translate)).toBe('用户账号');
  expect(resourceLabel('api::unknown.unknown', [], translate)).toBe('api::unknown.unknown');
});
