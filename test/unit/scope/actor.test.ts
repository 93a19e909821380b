import { actorLabel, departmentOf, userActorFrom, type UserActor } from '../../../cms/src/scope/actor';

type Row = Record<string, unknown>;

const government = (code: string, tier: string, documentId = `gov-${code}`): Row => ({ id: 1, documentId, code, tier, name: `政府${code}` });
const department = (o: Row = {}): Row => ({ id: 2, documentId: 'dep-1', name: '市场监督管理局', isJustice: false, government: government('152502000000', 'county'), ...o });
const user = (role: string, o: Row = {}): Row => ({ id: 7, username: 'someone', role: { id: 3, type: role }, ...o });

describe('userActorFrom', () => {
  test('a dept-editor in a normal department is confined to its department', () => {
    const actor = userActorFrom(user('dept-editor', { department: department() }));
    expect(actor).toEqual<UserActor>({
      kind: 'user',
      id: 7,
      username: 'someone',
      role: 'dept-editor',
      tier: 'county',
      departmentId: 'dep-1',
      governmentId: 'gov-152502000000',
      governmentCode: '152502000000',
      organisationName: '市场监督管理局',
      scope: { kind: 'department', departmentId: 'dep-1' },
    });
  });

  test.each<{ tier: string; code: string; prefix: string }>([
    { tier: 'region', code: '150000000000', prefix: '15' },
    { tier: 'league', code: '152500000000', prefix: '1525' },
    { tier: 'county', code: '152502000000', prefix: '152502' },
    { tier: 'township', code: '150102001000', prefix: '150102001' },
  ])('a justice-reviewer of the $tier justice department supervises the subtree $prefix', ({ tier, code, prefix }) => {
    const gov = government(code, tier, 'gov-x');
    const actor = userActorFrom(user('justice-reviewer', { department: department({ documentId: 'dep-j', isJustice: true, government: gov }) }));
    expect(actor.scope).toEqual({ kind: 'subtree', governmentId: 'gov-x', codePrefix: prefix });
    expect(actor.tier).toBe(tier);
    expect(actor.departmentId).toBe('dep-j');
    expect(actor.governmentCode).toBe(code);
  });

  test('a justice-reviewer outside a justice department sees only its department', () => {
    const actor = userActorFrom(user('justice-reviewer', { department: department() }));
    expect(actor.scope).toEqual({ kind: 'department', departmentId: 'dep-1' });
  });

  test('a dept-editor in the justice department is still confined to its department (role scope is department)', () => {
    const actor = userActorFrom(user('dept-editor', { department: department({ isJustice: true }) }));
    expect(actor.scope).toEqual({ kind: 'department', departmentId: 'dep-1' });
  });

  test('isJustice must be exactly true', () => {
    const actor = userActorFrom(user('justice-reviewer', { department: department({ isJustice: 'true' }) }));
    expect(actor.scope).toEqual({ kind: 'department', departmentId: 'dep-1' });
  });

  test('a gov-admin of a government supervises its subtree', () => {
    const actor = userActorFrom(user('gov-admin', { government: government('152500000000', 'league', 'gov-l') }));
    expect(actor.scope).toEqual({ kind: 'subtree', governmentId: 'gov-l', codePrefix: '1525' });
    expect(actor.departmentId).toBeNull();
    expect(actor.organisationName).toBe('政府152500000000');
    expect(actor.tier).toBe('league');
  });

  test('a viewer in a non-justice department sees its department', () => {
    const actor = userActorFrom(user('viewer', { department: department() }));
    expect(actor.scope).toEqual({ kind: 'department', departmentId: 'dep-1' });
  });

  test('a viewer of a government sees its subtree', () => {
    const actor = userActorFrom(user('viewer', { government: government('152502000000', 'county', 'gov-c') }));
    expect(actor.scope).toEqual({ kind: 'subtree', governmentId: 'gov-c', codePrefix: '152502' });
  });

  test('a user without an organisation has no scope', () => {
    const actor = userActorFrom(user('viewer'));
    expect(actor.scope).toEqual({ kind: 'none' });
    expect(actor.tier).toBeNull();
    expect(actor.departmentId).toBeNull();
    expect(actor.governmentId).toBeNull();
    expect(actor.governmentCode).toBeNull();
    expect(actor.organisationName).toBe('');
  });

  test('a government without a code gives no subtree', () => {
    const actor = userActorFrom(user('gov-admin', { government: { documentId: 'gov-y', tier: 'county' } }));
    expect(actor.scope).toEqual({ kind: 'none' });
  });

  test('the user government takes precedence over the department government', () => {
    const actor = userActorFrom(user('dept-editor', { government: government('150000000000', 'region', 'gov-r'), department: department() }));
    expect(actor.governmentId).toBe('gov-r');
    expect(actor.tier).toBe('region');
    expect(actor.scope).toEqual({ kind: 'department', departmentId: 'dep-1' });
  });

  test('an unknown tier keeps the whole code as prefix', () => {
    const actor = userActorFrom(user('gov-admin', { government: government('152502000000', 'planet', 'gov-p') }));
    expect(actor.scope).toEqual({ kind: 'subtree', governmentId: 'gov-p', codePrefix: '152502000000' });
  });

  test('a missing role reads as authenticated; id strings become numbers; missing username is empty', () => {
    const actor = userActorFrom({ id: '42', department: department() });
    expect(actor.role).toBe('authenticated');
    expect(actor.id).toBe(42);
    expect(actor.username).toBe('');
    expect(actor.scope).toEqual({ kind: 'department', departmentId: 'dep-1' });
  });
});

describe('actorLabel and departmentOf', () => {
  test('label by kind', () => {
    expect(actorLabel(userActorFrom(user('viewer')))).toBe('someone');
    expect(actorLabel({ kind: 'admin', id: 1, email: 'a@b.c' })).toBe('a@b.c');
    expect(actorLabel({ kind: 'public' })).toBe('public');
    expect(actorLabel({ kind: 'system' })).toBe('system');
  });

  test('departmentOf reads the populated department documentId', () => {
    expect(departmentOf({ department: { documentId: 'd' } })).toBe('d');
    expect(departmentOf({ department: null })).toBeNull();
    expect(departmentOf(null)).toBeNull();
  });
});
