import { scopePopulate, type ModelLike, type ModelLookup, type TargetFilter } from '../../../cms/src/scope/populate';
import type { Filter } from '../../../cms/src/scope/filters';

const DEPARTMENT = 'api::department.department';
const GOVERNMENT = 'api::government.government';
const POST = 'api::post.post';
const AGENCY = 'api::agency.agency';
const LEGAL_BASIS = 'api::legal-basis.legal-basis';

const MODELS: Record<string, ModelLike> = {
  'api::power.power': {
    attributes: {
      name: { type: 'string' },
      department: { type: 'relation', relation: 'manyToOne', target: DEPARTMENT, inversedBy: 'powers' },
      posts: { type: 'relation', relation: 'manyToMany', target: POST },
      legalBasis: { type: 'relation', relation: 'manyToOne', target: LEGAL_BASIS },
      bases: { type: 'component', component: 'power.basis-citation', repeatable: true },
      attachment: { type: 'media' },
      blocks: { type: 'dynamiczone' },
      extra: { type: 'json' },
    },
  },
  [DEPARTMENT]: {
    attributes: {
      name: { type: 'string' },
      government: { type: 'relation', relation: 'manyToOne', target: GOVERNMENT },
      agencies: { type: 'relation', relation: 'oneToMany', target: AGENCY, mappedBy: 'department' },
    },
  },
  [GOVERNMENT]: { attributes: { code: { type: 'string' } } },
  [AGENCY]: { attributes: { name: { type: 'string' }, department: { type: 'relation', relation: 'manyToOne', target: DEPARTMENT } } },
  [POST]: { attributes: { name: { type: 'string' } } },
  [LEGAL_BASIS]: { attributes: { title: { type: 'string' } } },
  'power.basis-citation': {
    attributes: {
      articles: { type: 'string' },
      legalBasis: { type: 'relation', relation: 'manyToOne', target: LEGAL_BASIS },
      agency: { type: 'relation', relation: 'manyToOne', target: AGENCY },
    },
  },
};

const lookup: ModelLookup = (uid) => MODELS[uid];
const power = MODELS['api::power.power'];

const F_DEPT: Filter = { documentId: { $eq: 'dep-1' } };
const F_POST: Filter = { agency: { department: { documentId: { $eq: 'dep-1' } } } };
const F_AGENCY: Filter = { department: { documentId: { $eq: 'dep-1' } } };
const FILTERS: Record<string, Filter> = { [DEPARTMENT]: F_DEPT, [POST]: F_POST, [AGENCY]: F_AGENCY };
// Governments and legal bases are reference data: no filter.
const filterFor: TargetFilter = (uid) => FILTERS[uid] ?? null;

const populate = (p: unknown): unknown => scopePopulate(p, power, lookup, filterFor);

describe('scopePopulate', () => {
  test.each<{ title: string; p: unknown }>([
    { title: 'undefined', p: undefined },
    { title: 'null', p: null },
    { title: 'false', p: false },
    { title: "'false'", p: 'false' },
  ])('leaves $title unchanged', ({ p }) => {
    expect(populate(p)).toBe(p);
  });

  test.each<{ title: string; p: unknown }>([
    { title: "'*'", p: '*' },
    { title: 'true', p: true },
    { title: "'true'", p: 'true' },
    { title: "['*']", p: ['*'] },
  ])('$title expands to every relation, component, media and dynamic zone, filtering scoped relations', ({ p }) => {
    expect(populate(p)).toEqual({
      department: { filters: F_DEPT },
      posts: { filters: F_POST },
      legalBasis: true,
      bases: true,
      attachment: true,
      blocks: true,
    });
  });

  test("the string form 'a,b.c' nests paths and filters every scoped relation on the way", () => {
    expect(populate('department.government, posts,bases.agency')).toEqual({
      department: { filters: F_DEPT, populate: { government: true } },
      posts: { filters: F_POST },
      bases: { populate: { agency: { filters: F_AGENCY } } },
    });
  });

  test('the array form equals the string form', () => {
    expect(populate(['department.government', 'posts', 'bases.agency'])).toEqual(populate('department.government,posts,bases.agency'));
  });

  test('several nested paths under one key are merged', () => {
    expect(populate(['bases.agency', 'bases.legalBasis'])).toEqual({
      bases: { populate: { agency: { filters: F_AGENCY }, legalBasis: true } },
    });
  });

  test('deep string paths recurse through relations', () => {
    expect(populate('bases.agency.department.government')).toEqual({
      bases: { populate: { agency: { filters: F_AGENCY, populate: { department: { filters: F_DEPT, populate: { government: true } } } } } },
    });
  });

  test("object form with true / 'true' / false", () => {
    expect(populate({ department: true, legalBasis: 'true', posts: false, bases: 'false' })).toEqual({
      department: { filters: F_DEPT },
      legalBasis: true,
    });
  });

  test('an existing filters clause is AND-ed with the scope filter', () => {
    const own = { name: { $containsi: 'x' } };
    expect(populate({ department: { filters: own, fields: ['name'] } })).toEqual({
      department: { fields: ['name'], filters: { $and: [own, F_DEPT] } },
    });
  });

  test('an empty filters clause is replaced by the scope filter', () => {
    expect(populate({ posts: { filters: {} } })).toEqual({ posts: { filters: F_POST } });
  });

  test('a relation to an unscoped target keeps its own options untouched', () => {
    const own = { title: { $eq: 't' } };
    expect(populate({ legalBasis: { filters: own } })).toEqual({ legalBasis: { filters: own } });
  });

  test('nested object populate recurses into the target model', () => {
    expect(populate({ department: { populate: { government: true, agencies: { populate: '*' } } } })).toEqual({
      department: {
        filters: F_DEPT,
        populate: {
          government: true,
          agencies: { filters: F_AGENCY, populate: { department: { filters: F_DEPT } } },
        },
      },
    });
  });

  test("a key set to '*' populates everything of its target", () => {
    expect(populate({ department: '*' })).toEqual({
      department: { filters: F_DEPT, populate: { government: true, agencies: { filters: F_AGENCY } } },
    });
  });

  test('components recurse without filters of their own', () => {
    expect(populate({ bases: { populate: { agency: true, legalBasis: true } } })).toEqual({
      bases: { populate: { agency: { filters: F_AGENCY }, legalBasis: true } },
    });
    expect(populate({ bases: { populate: '*' } })).toEqual({
      bases: { populate: { agency: { filters: F_AGENCY }, legalBasis: true } },
    });
  });

  test('unknown keys pass through for Strapi to reject', () => {
    expect(populate({ nonsense: { populate: { x: true } }, department: true })).toEqual({
      nonsense: { populate: { x: true } },
      department: { filters: F_DEPT },
    });
    expect(populate('nonsense')).toEqual({ nonsense: true });
  });

  test('a relation whose target model is unknown is still filtered, its populate left as given', () => {
    const model: ModelLike = { attributes: { ghost: { type: 'relation', relation: 'manyToOne', target: POST } } };
    const noLookup: ModelLookup = () => undefined;
    expect(scopePopulate({ ghost: { populate: 'x' } }, model, noLookup, filterFor)).toEqual({ ghost: { populate: 'x', filters: F_POST } });
  });

  test('without any scope filter the populate is only normalised', () => {
    expect(scopePopulate('department.government', power, lookup, () => null)).toEqual({ department: { populate: { government: true } } });
  });

  test('the caller populate object is not mutated', () => {
    const input = { department: { filters: { name: { $eq: 'x' } }, populate: { government: true } } };
    const copy = JSON.parse(JSON.stringify(input)) as unknown;
    populate(input);
    expect(input).toEqual(copy);
  });
});
