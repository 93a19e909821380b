import { parseInput, type ParsedInput } from '../../../cms/src/console/input';
import type { ModelLike, ModelLookup } from '../../../cms/src/scope/populate';
import { expect400 } from './console-error';

const COMPONENTS: Record<string, ModelLike> = {
  'power.basis-citation': {
    attributes: {
      kind: { type: 'enumeration', enum: ['law', 'regulation'] },
      articles: { type: 'string' },
      legalBasis: { type: 'relation', relation: 'manyToOne', target: 'api::legal-basis.legal-basis' },
    },
  },
  'common.address': { attributes: { street: { type: 'string' }, zip: { type: 'integer' } } },
};
const lookup: ModelLookup = (uid) => COMPONENTS[uid];

const model: ModelLike = {
  attributes: {
    name: { type: 'string', required: true },
    description: { type: 'richtext' },
    type: { type: 'enumeration', enum: ['licensing', 'penalty'] },
    count: { type: 'integer' },
    big: { type: 'biginteger' },
    weight: { type: 'decimal' },
    ratio: { type: 'float' },
    active: { type: 'boolean' },
    validFrom: { type: 'date' },
    decidedAt: { type: 'datetime' },
    extra: { type: 'json' },
    department: { type: 'relation', relation: 'manyToOne', target: 'api::department.department', inversedBy: 'powers' },
    certificate: { type: 'relation', relation: 'oneToOne', target: 'api::certificate.certificate' },
    posts: { type: 'relation', relation: 'manyToMany', target: 'api::post.post' },
    owned: { type: 'relation', relation: 'oneToMany', target: 'api::agency.agency' },
    agencies: { type: 'relation', relation: 'oneToMany', target: 'api::agency.agency', mappedBy: 'power' },
    bases: { type: 'component', component: 'power.basis-citation', repeatable: true },
    address: { type: 'component', component: 'common.address' },
    ghost: { type: 'component', component: 'missing.component' },
    attachment: { type: 'media' },
  },
};

const parse = (body: unknown): ParsedInput => parseInput(body, model, lookup);

describe('parseInput', () => {
  test('read-only fields are ignored and updatedAt is returned as the version', () => {
    const out = parse({
      id: 5,
      documentId: 'doc-5',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-02-01T08:00:00.000Z',
      publishedAt: null,
      createdBy: { id: 1 },
      updatedBy: { id: 1 },
      locale: null,
      localizations: [],
      name: '行政处罚',
    });
    expect(out).toEqual({ data: { name: '行政处罚' }, version: '2024-02-01T08:00:00.000Z', relations: [] });
  });

  test('without updatedAt the version is null', () => {
    expect(parse({ name: 'x' }).version).toBeNull();
    expect(parse({ name: 'x', updatedAt: 12 }).version).toBeNull();
  });

  test('undefined values are left out', () => {
    expect(parse({ name: 'x', count: undefined }).data).toEqual({ name: 'x' });
  });

  test.each<{ title: string; body: unknown }>([
    { title: 'an array', body: [] },
    { title: 'null', body: null },
    { title: 'a string', body: 'x' },
  ])('$title is an INVALID_BODY', ({ body }) => {
    expect400(() => parse(body), 'INVALID_BODY', []);
  });

  describe('unknown fields', () => {
    test('are refused with UNKNOWN_FIELD keyed by the field', () => {
      const error = expect400(() => parse({ name: 'x', nope: 1 }), 'UNKNOWN_FIELD', ['nope']);
      expect(error.errors.nope).toEqual(['未知字段']);
    });

    test('the inverse side of a relation (mappedBy) is refused as unknown', () => {
      expect400(() => parse({ agencies: ['a1'] }), 'UNKNOWN_FIELD', ['agencies']);
    });

    test('unknown fields inside components are keyed by their dotted path', () => {
      expect400(() => parse({ bases: [{ kind: 'law' }, { nope: 1 }] }), 'UNKNOWN_FIELD', ['bases.1.nope']);
      expect400(() => parse({ address: { nope: 1 } }), 'UNKNOWN_FIELD', ['address.nope']);
    });

    test('unknown fields next to type errors make an INVALID_FIELD carrying both', () => {
      expect400(() => parse({ nope: 1, count: 'x' }), 'INVALID_FIELD', ['nope', 'count']);
    });

    test('the inherited property name constructor is refused as unknown (not a TypeError)', () => {
      const error = expect400(() => parse(JSON.parse('{"constructor":"x"}')), 'UNKNOWN_FIELD', ['constructor']);
      expect(Object.entries(error.errors)).toEqual([['constructor', ['未知字段']]]);
    });
  });

  describe('type errors', () => {
    test.each<{ title: string; body: Record<string, unknown>; field: string }>([
      { title: 'a number for a string', body: { name: 5 }, field: 'name' },
      { title: 'an object for richtext', body: { description: { a: 1 } }, field: 'description' },
      { title: 'a value outside the enumeration', body: { type: 'bogus' }, field: 'type' },
      { title: 'a fraction for an integer', body: { count: 1.5 }, field: 'count' },
      { title: 'a non-numeric string for an integer', body: { count: '12a' }, field: 'count' },
      { title: 'a decimal string for an integer', body: { count: '1.5' }, field: 'count' },
      { title: 'a boolean for a biginteger', body: { big: true }, field: 'big' },
      { title: 'a non-numeric decimal', body: { weight: 'heavy' }, field: 'weight' },
      { title: 'a blank decimal', body: { weight: '  ' }, field: 'weight' },
      { title: 'an infinite float', body: { ratio: Infinity }, field: 'ratio' },
      { title: 'a string for a boolean', body: { active: 'true' }, field: 'active' },
      { title: 'a badly formatted date', body: { validFrom: '05/03/2024' }, field: 'validFrom' },
      { title: 'a month 13 date', body: { validFrom: '2024-13-01' }, field: 'validFrom' },
      { title: 'a number for a date', body: { validFrom: 20240305 }, field: 'validFrom' },
      { title: 'an unparseable datetime', body: { decidedAt: 'soon' }, field: 'decidedAt' },
      { title: 'a number for a to-one relation', body: { department: 5 }, field: 'department' },
      { title: 'an empty id for a to-one relation', body: { department: '' }, field: 'department' },
      { title: 'an id longer than 64 characters', body: { department: 'x'.repeat(65) }, field: 'department' },
      { title: 'a string for a to-many relation', body: { posts: 'p1' }, field: 'posts' },
      { title: 'an object in a to-many relation', body: { posts: [{ id: 'p1' }] }, field: 'posts' },
      { title: 'a non-array repeatable component', body: { bases: { kind: 'law' } }, field: 'bases' },
      { title: 'a non-object component item', body: { bases: ['law'] }, field: 'bases' },
      { title: 'a string for a single component', body: { address: 'x' }, field: 'address' },
      { title: 'a component whose definition is missing', body: { ghost: {} }, field: 'ghost' },
      { title: 'a media field', body: { attachment: 1 }, field: 'attachment' },
    ])('$title is an INVALID_FIELD keyed by the field', ({ body, field }) => {
      expect400(() => parse(body), 'INVALID_FIELD', [field]);
    });

    test.each(['2024-02-30', '2023-02-29'])('the calendar-impossible date %s is refused', (date) => {
      expect400(() => parse({ validFrom: date }), 'INVALID_FIELD', ['validFrom']);
    });

    test('errors inside a repeatable component are keyed by the dotted path', () => {
      const error = expect400(() => parse({ bases: [{ kind: 'law', articles: '第九条' }, { kind: 'bad', articles: 9 }] }), 'INVALID_FIELD', ['bases.1.kind', 'bases.1.articles']);
      expect(error.message).toContain('bases.1.kind');
    });

    test("'bases.0.kind' for the first item", () => {
      expect400(() => parse({ bases: [{ kind: 'x' }] }), 'INVALID_FIELD', ['bases.0.kind']);
    });

    test('errors inside a single component are keyed by field.sub', () => {
      expect400(() => parse({ address: { street: 1, zip: 'abc' } }), 'INVALID_FIELD', ['address.street', 'address.zip']);
    });

    test('every bad field is reported at once', () => {
      expect400(() => parse({ name: 1, count: 'x', active: 'no', type: 'z' }), 'INVALID_FIELD', ['name', 'count', 'active', 'type']);
    });
  });

  describe('relations', () => {
    test('are collected with target, ids and field', () => {
      const out = parse({ department: 'd1', posts: ['p1', 'p2'], bases: [{ kind: 'law', legalBasis: 'lb1' }, { kind: 'regulation', legalBasis: 'lb2' }] });
      expect(out.data).toEqual({
        department: 'd1',
        posts: ['p1', 'p2'],
        bases: [{ kind: 'law', legalBasis: 'lb1' }, { kind: 'regulation', legalBasis: 'lb2' }],
      });
      expect(out.relations).toEqual([
        { target: 'api::department.department', ids: ['d1'], field: 'department' },
        { target: 'api::post.post', ids: ['p1', 'p2'], field: 'posts' },
        { target: 'api::legal-basis.legal-basis', ids: ['lb1'], field: 'bases.0.legalBasis' },
        { target: 'api::legal-basis.legal-basis', ids: ['lb2'], field: 'bases.1.legalBasis' },
      ]);
    });

    test('an owning oneToMany relation is a to-many', () => {
      const out = parse({ owned: ['a1'] });
      expect(out.data).toEqual({ owned: ['a1'] });
      expect(out.relations).toEqual([{ target: 'api::agency.agency', ids: ['a1'], field: 'owned' }]);
    });

    test('a oneToOne relation is a to-one', () => {
      expect(parse({ certificate: 'c1' }).data).toEqual({ certificate: 'c1' });
    });

    test('an empty to-many list is kept', () => {
      expect(parse({ posts: [] })).toEqual({ data: { posts: [] }, version: null, relations: [{ target: 'api::post.post', ids: [], field: 'posts' }] });
    });

    test('null clears: [] for to-many, null for to-one, no relation collected', () => {
      const out = parse({ posts: null, owned: null, department: null });
      expect(out.data).toEqual({ posts: [], owned: [], department: null });
      expect(out.relations).toEqual([]);
    });
  });

  describe('values', () => {
    test('null components: [] when repeatable, null otherwise', () => {
      expect(parse({ bases: null, address: null }).data).toEqual({ bases: [], address: null });
    });

    test('null for a plain field stays null', () => {
      expect(parse({ name: null, count: null, validFrom: null }).data).toEqual({ name: null, count: null, validFrom: null });
    });

    test('dates are normalised to YYYY-MM-DD', () => {
      expect(parse({ validFrom: '2024-03-05' }).data).toEqual({ validFrom: '2024-03-05' });
      expect(parse({ validFrom: '2024-03-05T10:00:00.000Z' }).data).toEqual({ validFrom: '2024-03-05' });
    });

    test('datetimes are normalised to ISO in UTC', () => {
      expect(parse({ decidedAt: '2024-03-05T10:00:00+08:00' }).data).toEqual({ decidedAt: '2024-03-05T02:00:00.000Z' });
      expect(parse({ decidedAt: '2024-03-05T02:00:00Z' }).data).toEqual({ decidedAt: '2024-03-05T02:00:00.000Z' });
    });

    test('numeric strings are accepted for integers and decimals', () => {
      expect(parse({ count: '12', big: '-3', weight: '2.5', ratio: ' 0.25 ' }).data).toEqual({ count: 12, big: -3, weight: 2.5, ratio: 0.25 });
      expect(parse({ count: 7, weight: 3 }).data).toEqual({ count: 7, weight: 3 });
    });

    test('booleans, enumerations and json pass through', () => {
      const extra = { anything: [1, 'two', { three: null }] };
      expect(parse({ active: false, type: 'penalty', extra }).data).toEqual({ active: false, type: 'penalty', extra });
    });

    test('component ids and __component are dropped inside components', () => {
      expect(parse({ bases: [{ id: 3, __component: 'power.basis-citation', kind: 'law' }], address: { id: 4, street: '新华大街' } }).data).toEqual({
        bases: [{ kind: 'law' }],
        address: { street: '新华大街' },
      });
    });

    test('__component at the top level is unknown', () => {
      expect400(() => parse({ __component: 'x' }), 'UNKNOWN_FIELD', ['__component']);
    });
  });
});
