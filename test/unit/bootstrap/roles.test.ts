import { loadConfig } from '../../../config/src/index';
import { permissionActions } from '../../../cms/src/bootstrap/roles';

describe('permissionActions', () => {
  test('read maps to find and findOne', () => {
    expect(permissionActions({ power: ['read'] })).toEqual(['api::power.power.find', 'api::power.power.findOne']);
  });

  test('create, update and delete map to themselves, in the order given', () => {
    expect(permissionActions({ agency: ['read', 'create', 'update', 'delete'], 'legal-basis': ['update'] })).toEqual([
      'api::agency.agency.find',
      'api::agency.agency.findOne',
      'api::agency.agency.create',
      'api::agency.agency.update',
      'api::agency.agency.delete',
      'api::legal-basis.legal-basis.update',
    ]);
  });

  test('no permissions, no actions', () => {
    expect(permissionActions({})).toEqual([]);
    expect(permissionActions({ power: [] })).toEqual([]);
  });

  test('the configured roles map to well-formed, unique actions', () => {
    for (const role of loadConfig().roles) {
      const actions = permissionActions(role.permissions);
      expect(new Set(actions).size).toBe(actions.length);
      for (const action of actions) expect(action).toMatch(/^api::([a-z-]+)\.\1\.(find|findOne|create|update|delete)$/);
    }
  });

  test('a justice reviewer may read interference records but a dept-editor may only create them (Art. 30)', () => {
    const roles = loadConfig().roles;
    const actionsOf = (type: string): string[] => permissionActions(roles.find((r) => r.type === type)?.permissions ?? {});
    expect(actionsOf('justice-reviewer')).toEqual(expect.arrayContaining(['api::interference-record.interference-record.find']));
    const editor = actionsOf('dept-editor').filter((a) => a.startsWith('api::interference-record.'));
    expect(editor).toEqual(['api::interference-record.interference-record.create']);
  });
});
