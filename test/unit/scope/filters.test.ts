import { NOTHING, andFilters, ownDepartmentField, readFilter, writeFilter, type Filter } from '../../../cms/src/scope/filters';
import type { Actor, UserActor } from '../../../cms/src/scope/actor';

const POST = 'api::post.post';
const POWER = 'api::power.power';
const ASSESSMENT = 'api::assessment.assessment';
const INTERFERENCE = 'api::interference-record.interference-record';
const CATALOGUE = 'api::catalogue-item.catalogue-item';
const AUDIT = 'api::audit-log.audit-log';
const GOVERNMENT = 'api::government.government';
const DEPARTMENT = 'api::department.department';
const LEGAL_BASIS = 'api::legal-basis.legal-basis';

const SCOPED = [
  'api::agency.agency', POST, 'api::officer.officer', 'api::training-record.training-record', POWER,
  'api::power-adjustment.power-adjustment', 'api::responsibility-list.responsibility-list', ASSESSMENT,
  'api::accountability-case.accountability-case', INTERFERENCE, 'api::major-penalty-filing.major-penalty-filing',
  'api::annual-report.annual-report', 'api::commendation.commendation', AUDIT,
];
const REFERENCE = [GOVERNMENT, DEPARTMENT, LEGAL_BASIS, CATALOGUE];

const SYSTEM: Actor = { kind: 'system' };
const ADMIN: Actor = { kind: 'admin', id: 1, email: 'admin@example.org' };
const PUBLIC: Actor = { kind: 'public' };

/** A user of a county department (department scope). */
const deptUser = (o: Partial<UserActor> = {}): UserActor => ({
  kind: 'user',
  id: 10,
  username: 'editor',
  role: 'dept-editor',
  tier: 'county',
  departmentId: 'dep-1',
  governmentId: 'gov-1',
  governmentCode: '152502000000',
  organisationName: '某旗市场监督管理局',
  scope: { kind: 'department', departmentId: 'dep-1' },
  ...o,
});

/** A justice reviewer of a league (subtree scope, prefix 1525). */
const subtreeUser = (o: Partial<UserActor> = {}): UserActor => ({
  kind: 'user',
  id: 20,
  username: 'reviewer',
  role: 'justice-reviewer',
  tier: 'league',
  departmentId: 'dep-justice',
  governmentId: 'gov-league',
  governmentCode: '152500000000',
  organisationName: '某盟司法局',
  scope: { kind: 'subtree', governmentId: 'gov-league', codePrefix: '1525' },
  ...o,
});

const noScopeUser = (): UserActor => deptUser({ departmentId: null, governmentId: null, governmentCode: null, tier: null, scope: { kind: 'none' } });

const inDept = (id: string): Filter => ({ documentId: { $eq: id } });
const inCode = (prefix: string): Filter => ({ code: { $startsWith: prefix } });

describe('NOTHING', () => {
  test('matches no row (ids are positive)', () => {
    expect(NOTHING).toEqual({ id: { $lt: 0 } });
  });
});

describe('readFilter', () => {
  test.each([...SCOPED, ...REFERENCE, 'plugin::users-permissions.user'])('system and admin read %s unrestricted', (uid) => {
    expect(readFilter(SYSTEM, uid)).toBeNull();
    expect(readFilter(ADMIN, uid)).toBeNull();
  });

  test.each(SCOPED)('the public reads nothing of scoped type %s', (uid) => {
    expect(readFilter(PUBLIC, uid)).toEqual(NOTHING);
  });

  test.each(REFERENCE)('reference type %s is read unrestricted by users and the public', (uid) => {
    expect(readFilter(deptUser(), uid)).toBeNull();
    expect(readFilter(subtreeUser(), uid)).toBeNull();
    expect(readFilter(noScopeUser(), uid)).toBeNull();
    expect(readFilter(PUBLIC, uid)).toBeNull();
  });

  test('a type without a scope rule is not restricted', () => {
    expect(readFilter(deptUser(), 'plugin::users-permissions.user')).toBeNull();
    expect(readFilter(PUBLIC, 'plugin::upload.file')).toBeNull();
  });

  test('a department user reads posts of its own department through the agency', () => {
    expect(readFilter(deptUser(), POST)).toEqual({ agency: { department: inDept('dep-1') } });
  });

  test('a department user reads its own powers', () => {
    expect(readFilter(deptUser(), POWER)).toEqual({ department: inDept('dep-1') });
  });

  test('a subtree user reads powers of departments whose government code starts with its prefix', () => {
    expect(readFilter(subtreeUser(), POWER)).toEqual({ department: { government: inCode('1525') } });
    expect(readFilter(subtreeUser(), POST)).toEqual({ agency: { department: { government: inCode('1525') } } });
  });

  test('a training record is anchored through its officer', () => {
    expect(readFilter(deptUser(), 'api::training-record.training-record')).toEqual({ officer: { department: inDept('dep-1') } });
  });

  test('an assessment with several anchors reads as an $or over all of them for a subtree user', () => {
    expect(readFilter(subtreeUser(), ASSESSMENT)).toEqual({
      $or: [
        { assessorGovernment: inCode('1525') },
        { assessorDepartment: { government: inCode('1525') } },
        { targetGovernment: inCode('1525') },
        { targetDepartment: { government: inCode('1525') } },
        { targetAgency: { department: { government: inCode('1525') } } },
        { targetOfficer: { department: { government: inCode('1525') } } },
      ],
    });
  });

  test('a department user only gets the department anchors of an assessment', () => {
    expect(readFilter(deptUser(), ASSESSMENT)).toEqual({
      $or: [
        { assessorDepartment: inDept('dep-1') },
        { targetDepartment: inDept('dep-1') },
        { targetAgency: { department: inDept('dep-1') } },
        { targetOfficer: { department: inDept('dep-1') } },
      ],
    });
  });

  test('第七条: a department user reads its own annual report and those of the departments it is the upper department of', () => {
    expect(readFilter(deptUser(), 'api::annual-report.annual-report')).toEqual({
      $or: [{ department: inDept('dep-1') }, { department: { upperDepartment: inDept('dep-1') } }],
    });
    expect(readFilter(subtreeUser(), 'api::annual-report.annual-report')).toEqual({
      $or: [{ government: inCode('1525') }, { department: { government: inCode('1525') } }, { department: { upperDepartment: { government: inCode('1525') } } }],
    });
  });

  test('a user without an organisation reads nothing of scoped types', () => {
    for (const uid of SCOPED) expect(readFilter(noScopeUser(), uid)).toEqual(NOTHING);
  });

  describe('interference records (Art. 30)', () => {
    test('are readable by a justice reviewer (config/supervision.json) within its subtree', () => {
      expect(readFilter(subtreeUser(), INTERFERENCE)).toEqual({ department: { government: inCode('1525') } });
    });

    test('a justice reviewer confined to its department reads only that department', () => {
      expect(readFilter(subtreeUser({ scope: { kind: 'department', departmentId: 'dep-9' } }), INTERFERENCE)).toEqual({ department: inDept('dep-9') });
    });

    test.each(['dept-editor', 'dept-head', 'gov-admin', 'viewer'])('are sealed for role %s', (role) => {
      expect(readFilter(deptUser({ role }), INTERFERENCE)).toEqual(NOTHING);
      expect(readFilter(subtreeUser({ role }), INTERFERENCE)).toEqual(NOTHING);
    });

    test('are sealed for the public and open to the system and administrators', () => {
      expect(readFilter(PUBLIC, INTERFERENCE)).toEqual(NOTHING);
      expect(readFilter(SYSTEM, INTERFERENCE)).toBeNull();
      expect(readFilter(ADMIN, INTERFERENCE)).toBeNull();
    });
  });

  describe('audit log', () => {
    test('a subtree user reads entries whose governmentCode starts with its prefix', () => {
      expect(readFilter(subtreeUser({ role: 'gov-admin' }), AUDIT)).toEqual({ governmentCode: { $startsWith: '1525' } });
    });

    test('a department user reads nothing', () => {
      expect(readFilter(deptUser(), AUDIT)).toEqual(NOTHING);
    });
  });
});

describe('writeFilter', () => {
  test.each([...SCOPED, ...REFERENCE])('system and admin write %s unrestricted', (uid) => {
    expect(writeFilter(SYSTEM, uid)).toBeNull();
    expect(writeFilter(ADMIN, uid)).toBeNull();
  });

  test.each([...SCOPED, ...REFERENCE])('the public writes nothing of %s', (uid) => {
    expect(writeFilter(PUBLIC, uid)).toEqual(NOTHING);
  });

  test('a department user writes within its department', () => {
    expect(writeFilter(deptUser(), POWER)).toEqual({ department: inDept('dep-1') });
    expect(writeFilter(deptUser(), POST)).toEqual({ agency: { department: inDept('dep-1') } });
    expect(writeFilter(deptUser(), INTERFERENCE)).toEqual({ department: inDept('dep-1') });
  });

  test('a subtree user writes within its subtree', () => {
    expect(writeFilter(subtreeUser({ role: 'gov-admin' }), 'api::agency.agency')).toEqual({ department: { government: inCode('1525') } });
  });

  test('organisations: a department user may only write its own department, and no government', () => {
    expect(writeFilter(deptUser(), DEPARTMENT)).toEqual(inDept('dep-1'));
    expect(writeFilter(deptUser(), GOVERNMENT)).toEqual(NOTHING);
  });

  test('organisations: a subtree user writes governments and departments of its subtree', () => {
    const admin = subtreeUser({ role: 'gov-admin' });
    expect(writeFilter(admin, GOVERNMENT)).toEqual(inCode('1525'));
    expect(writeFilter(admin, DEPARTMENT)).toEqual({ government: inCode('1525') });
  });

  test('legal bases have no anchors: users write them unrestricted (permissions decide)', () => {
    expect(writeFilter(deptUser(), LEGAL_BASIS)).toBeNull();
  });

  test('a user without an organisation writes nothing of anchored types', () => {
    expect(writeFilter(noScopeUser(), POWER)).toEqual(NOTHING);
    expect(writeFilter(noScopeUser(), GOVERNMENT)).toEqual(NOTHING);
  });

  describe('catalogue items', () => {
    test('are written only by a region-tier justice reviewer', () => {
      expect(writeFilter(subtreeUser({ tier: 'region', scope: { kind: 'subtree', governmentId: 'g', codePrefix: '15' } }), CATALOGUE)).toBeNull();
    });

    test.each<{ title: string; actor: Actor }>([
      { title: 'a league justice reviewer', actor: subtreeUser() },
      { title: 'a county justice reviewer', actor: subtreeUser({ tier: 'county' }) },
      { title: 'a justice reviewer without a tier', actor: subtreeUser({ tier: null }) },
      { title: 'a region gov-admin', actor: subtreeUser({ role: 'gov-admin', tier: 'region' }) },
      { title: 'a region dept-editor', actor: deptUser({ tier: 'region' }) },
      { title: 'the public', actor: PUBLIC },
    ])('are refused to $title', ({ actor }) => {
      expect(writeFilter(actor, CATALOGUE)).toEqual(NOTHING);
    });

    test('are still read by everyone', () => {
      expect(readFilter(deptUser(), CATALOGUE)).toBeNull();
    });
  });

  test('audit log: a subtree user is confined by governmentCode, a department user gets nothing', () => {
    expect(writeFilter(subtreeUser(), AUDIT)).toEqual({ governmentCode: { $startsWith: '1525' } });
    expect(writeFilter(deptUser(), AUDIT)).toEqual(NOTHING);
  });
});

describe('andFilters', () => {
  const b: Filter = { department: inDept('dep-1') };

  test.each<{ title: string; a: unknown }>([
    { title: 'undefined', a: undefined },
    { title: 'null', a: null },
    { title: 'an empty object', a: {} },
    { title: 'a non-object', a: 'x' },
  ])('returns the second filter alone when the first is $title', ({ a }) => {
    expect(andFilters(a, b)).toBe(b);
  });

  test('ANDs a non-empty filter with the scope filter', () => {
    const a = { name: { $eq: 'x' } };
    expect(andFilters(a, b)).toEqual({ $and: [a, b] });
  });
});

describe('ownDepartmentField', () => {
  test('names the relation new records are attached to', () => {
    expect(ownDepartmentField(POWER)).toBe('department');
    expect(ownDepartmentField(POST)).toBeUndefined();
    expect(ownDepartmentField('plugin::users-permissions.user')).toBeUndefined();
  });
});

describe('第五条: the region supervisor reads the whole region without a scope join', () => {
  const regionReviewer = subtreeUser({ tier: 'region', governmentCode: '150000000000', scope: { kind: 'subtree', governmentId: 'gov-region', codePrefix: '15' } });

  test('reads of department- and government-anchored types are unrestricted', () => {
    expect(readFilter(regionReviewer, POWER)).toBeNull();
    expect(readFilter(regionReviewer, ASSESSMENT)).toBeNull();
  });

  test('its writes keep their anchors, and the audit trail its code filter', () => {
    expect(writeFilter(regionReviewer, POWER)).toEqual({ department: { government: { code: { $startsWith: '15' } } } });
    expect(readFilter(regionReviewer, AUDIT)).toEqual({ governmentCode: { $startsWith: '15' } });
  });

  test('a league supervisor, and a region department, are still filtered', () => {
    expect(readFilter(subtreeUser(), POWER)).toEqual({ department: { government: { code: { $startsWith: '1525' } } } });
    expect(readFilter(deptUser({ tier: 'region' }), POWER)).toEqual({ department: { documentId: { $eq: 'dep-1' } } });
  });
});
