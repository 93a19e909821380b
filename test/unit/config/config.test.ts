import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ConfigError, configDir, loadConfig } from '../../../config/src/index';

const SOURCE = join(__dirname, '..', '..', '..', 'config');
const FILES = ['tiers.json', 'roles.json', 'power-types.json', 'workflow.json', 'assessment.json', 'deadlines.json', 'supervision.json', 'security.json'];

let dirs: string[] = [];

/** A fresh copy of config/*.json in a temporary directory. */
function copyConfig(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nmg-config-'));
  dirs.push(dir);
  for (const name of readdirSync(SOURCE).filter((f) => f.endsWith('.json'))) copyFileSync(join(SOURCE, name), join(dir, name));
  return dir;
}

const readJson = (dir: string, name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const writeJson = (dir: string, name: string, value: unknown): void => writeFileSync(join(dir, name), JSON.stringify(value));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Edits an object-valued JSON file in place. */
function edit(dir: string, name: string, change: (file: Record<string, unknown>) => void): void {
  const file = readJson(dir, name);
  if (!isObject(file)) throw new Error(`${name} is not an object`);
  change(file);
  writeJson(dir, name, file);
}

function configErrorOf(dir: string): ConfigError {
  try {
    loadConfig(dir);
  } catch (error: unknown) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, but the configuration loaded');
}

afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe('loadConfig', () => {
  test('the shipped configuration is valid', () => {
    const config = loadConfig(copyConfig());
    expect(config.tiers.map((t) => t.key)).toEqual(['region', 'league', 'county', 'township']);
    expect(config.tiers.map((t) => t.codePrefixLength)).toEqual([2, 4, 6, 9]);
    expect(config.roles.map((r) => r.type)).toEqual(expect.arrayContaining(['dept-editor', 'dept-head', 'justice-reviewer', 'gov-admin', 'viewer']));
    expect(config.resources).toContain('interference-record');
    expect(config.assessment.items).toHaveLength(9);
    expect(config.supervision.interferenceReaders).toEqual(['justice-reviewer']);
    expect(config.supervision.catalogueMaintainers).toEqual({ roles: ['justice-reviewer'], tiers: ['region'] });
    expect(config.powerTypes.types.length).toBeGreaterThan(0);
    expect(config.workflow.listTransitions.length).toBeGreaterThan(0);
    expect(config.deadlines.annualReportDue.month).toBeGreaterThanOrEqual(1);
  });

  test('loading the real directory by default gives the same result', () => {
    expect(loadConfig()).toEqual(loadConfig(copyConfig()));
  });

  test('every role names only known resources', () => {
    const config = loadConfig(copyConfig());
    for (const role of config.roles) for (const resource of Object.keys(role.permissions)) expect(config.resources).toContain(resource);
  });

  test('a role naming an unknown resource is refused, naming roles.json and the resource', () => {
    const dir = copyConfig();
    edit(dir, 'roles.json', (file) => {
      const roles = file.roles;
      if (!Array.isArray(roles) || !isObject(roles[0]) || !isObject(roles[0].permissions)) throw new Error('unexpected roles.json');
      roles[0].permissions.spaceship = ['read'];
    });
    const error = configErrorOf(dir);
    expect(error.message).toContain('config/roles.json');
    expect(error.message).toContain('unknown resource spaceship');
  });

  test('a role with an unknown action is refused', () => {
    const dir = copyConfig();
    edit(dir, 'roles.json', (file) => {
      const roles = file.roles;
      if (!Array.isArray(roles) || !isObject(roles[0]) || !isObject(roles[0].permissions)) throw new Error('unexpected roles.json');
      roles[0].permissions.power = ['read', 'fly'];
    });
    expect(configErrorOf(dir).message).toContain('config/roles.json');
  });

  test('an assessment file with 8 items is refused, naming assessment.json', () => {
    const dir = copyConfig();
    edit(dir, 'assessment.json', (file) => {
      if (!Array.isArray(file.items)) throw new Error('unexpected assessment.json');
      file.items = file.items.slice(0, 8);
    });
    const error = configErrorOf(dir);
    expect(error.message).toContain('config/assessment.json');
    expect(error.message).toContain('items');
  });

  test('第十四条: the enforcement records feed a pre-scored item; naming one that is not pre-scored is refused', () => {
    const dir = copyConfig();
    edit(dir, 'assessment.json', (file) => {
      const record = file.enforcementRecord as Record<string, unknown>;
      record.item = 8;
    });
    const error = configErrorOf(dir);
    expect(error.message).toContain('config/assessment.json');
    expect(error.message).toContain('enforcementRecord.item');
  });

  test('第十三条: the office’s own list limits are whole days above zero; 0 or a missing limit is refused, naming the field', () => {
    expect(loadConfig(copyConfig()).deadlines).toMatchObject({ returnedListDays: expect.any(Number), listReviewDays: expect.any(Number) });
    const zero = copyConfig();
    edit(zero, 'deadlines.json', (file) => {
      file.returnedListDays = 0;
    });
    expect(configErrorOf(zero).message).toMatch(/config\/deadlines\.json[\s\S]*returnedListDays/);
    const missing = copyConfig();
    edit(missing, 'deadlines.json', (file) => {
      delete file.listReviewDays;
    });
    expect(configErrorOf(missing).message).toMatch(/config\/deadlines\.json[\s\S]*listReviewDays/);
  });

  test('malformed JSON is refused, naming the file', () => {
    const dir = copyConfig();
    writeFileSync(join(dir, 'workflow.json'), '{ "listStates": [ ');
    const error = configErrorOf(dir);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain('config/workflow.json');
    expect(error.message).toContain('cannot read JSON');
  });

  test('a missing file is refused, naming the file', () => {
    const dir = copyConfig();
    rmSync(join(dir, 'deadlines.json'));
    expect(configErrorOf(dir).message).toContain('config/deadlines.json');
  });

  test.each(FILES)('an empty object in %s is refused, naming the file', (name) => {
    const dir = copyConfig();
    writeJson(dir, name, {});
    expect(configErrorOf(dir).message).toContain(`config/${name}`);
  });

  test('an unknown tier among the catalogue maintainers is refused', () => {
    const dir = copyConfig();
    edit(dir, 'supervision.json', (file) => {
      file.catalogueMaintainers = { roles: ['justice-reviewer'], tiers: ['planet'] };
    });
    expect(configErrorOf(dir).message).toContain('config/supervision.json');
  });

  test('security.json: the shipped numbers, an archive age under 180 days (网络安全法 Art. 21) and an unknown audit reader are refused', () => {
    const shipped = loadConfig(copyConfig()).security;
    expect(shipped.signIn).toEqual({ maxFailures: 5, windowMinutes: 15, lockMinutes: 30 });
    expect(shipped.session).toMatchObject({ idleMinutes: 30, absoluteHours: 12 });
    expect(shipped.password).toMatchObject({ minLength: 10, minClasses: 3, history: 5 });
    expect(shipped.audit.archiveAfterDays).toBeGreaterThanOrEqual(180);
    const young = copyConfig();
    edit(young, 'security.json', (file) => {
      (file.audit as Record<string, unknown>).archiveAfterDays = 90;
    });
    expect(configErrorOf(young).message).toContain('at least 180');
    const unknown = copyConfig();
    edit(unknown, 'security.json', (file) => {
      (file.audit as Record<string, unknown>).readers = ['auditor'];
    });
    expect(configErrorOf(unknown).message).toContain('unknown role auditor');
  });

  test('security.json: the second factor is required of gov-admin and justice-reviewer; an unknown role there is refused', () => {
    expect(loadConfig(copyConfig()).security.secondFactor.roles).toEqual(['gov-admin', 'justice-reviewer']);
    const unknown = copyConfig();
    edit(unknown, 'security.json', (file) => {
      (file.secondFactor as Record<string, unknown>).roles = ['gov-admin', 'auditor'];
    });
    expect(configErrorOf(unknown).message).toContain('secondFactor.roles names unknown role auditor');
  });

  test('a tier code prefix longer than a division code is refused', () => {
    const dir = copyConfig();
    edit(dir, 'tiers.json', (file) => {
      const tiers = file.tiers;
      if (!Array.isArray(tiers) || !isObject(tiers[0])) throw new Error('unexpected tiers.json');
      tiers[0].codePrefixLength = 13;
    });
    expect(configErrorOf(dir).message).toContain('config/tiers.json');
  });
});

describe('configDir', () => {
  const saved = process.env.CONFIG_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.CONFIG_DIR;
    else process.env.CONFIG_DIR = saved;
  });

  test('CONFIG_DIR overrides the directory', () => {
    process.env.CONFIG_DIR = '/somewhere/else';
    expect(configDir()).toBe('/somewhere/else');
  });

  test('an import header table with an empty synonym list is refused, naming import-headers.json', () => {
    const dir = copyConfig();
    edit(dir, 'import-headers.json', (file) => {
      if (!isObject(file.targets)) throw new Error('unexpected import-headers.json');
      file.targets.name = [];
    });
    expect(configErrorOf(dir).message).toContain('import-headers.json');
  });

  test('defaults to the config folder', () => {
    delete process.env.CONFIG_DIR;
    expect(configDir()).toBe(SOURCE);
  });
});
