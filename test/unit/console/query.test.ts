import { MAX_PAGE, parseEmbed, totalFromPage, parseFilter, parseListQuery, parseRange, parseSort } from '../../../cms/src/console/query';
import type { ModelLike } from '../../../cms/src/scope/populate';
import { consoleErrorOf, expect400 } from './console-error';

const model: ModelLike = {
  attributes: {
    name: { type: 'string' },
    note: { type: 'text' },
    email: { type: 'email' },
    idNumber: { type: 'string', private: true },
    status: { type: 'enumeration', enum: ['draft', 'published'] },
    count: { type: 'integer' },
    score: { type: 'decimal' },
    active: { type: 'boolean' },
    validFrom: { type: 'date' },
    decidedAt: { type: 'datetime' },
    department: { type: 'relation', relation: 'manyToOne', target: 'api::department.department' },
    posts: { type: 'relation', relation: 'manyToMany', target: 'api::post.post' },
    extra: { type: 'json' },
    bases: { type: 'component', component: 'power.basis-citation', repeatable: true },
  },
};

const json = (value: unknown): string => JSON.stringify(value);

describe('parseListQuery', () => {
  test('defaults: no filter, newest first, first 25 rows', () => {
    expect(parseListQuery({}, model)).toEqual({ filters: {}, sort: [{ id: 'desc' }], start: 0, limit: 25, embed: null });
  });

  test('combines sort, range and filter', () => {
    expect(parseListQuery({ sort: json(['name', 'ASC']), range: json([50, 74]), filter: json({ status: 'draft' }) }, model)).toEqual({
      filters: { status: { $eq: 'draft' } },
      sort: [{ name: 'asc' }, { id: 'asc' }],
      start: 50,
      limit: 25,
      embed: null,
    });
  });

  test('an unknown query parameter is an INVALID_QUERY keyed by the parameter', () => {
    expect400(() => parseListQuery({ page: '2' }, model), 'INVALID_QUERY', ['page']);
  });

  test('errors of the parts surface through parseListQuery', () => {
    expect400(() => parseListQuery({ sort: 'nope' }, model), 'INVALID_QUERY', ['sort']);
    expect400(() => parseListQuery({ range: json([0, 5000]) }, model), 'INVALID_RANGE', ['range']);
    expect400(() => parseListQuery({ filter: json({ nope: 1 }) }, model), 'INVALID_FILTER', ['nope']);
  });
});

describe('parseSort', () => {
  test('defaults to id descending', () => {
    expect(parseSort(undefined, model)).toEqual([{ id: 'desc' }]);
  });

  test.each<{ sort: [string, string]; out: Record<string, 'asc' | 'desc'>[] }>([
    { sort: ['name', 'ASC'], out: [{ name: 'asc' }, { id: 'asc' }] },
    { sort: ['status', 'DESC'], out: [{ status: 'desc' }, { id: 'asc' }] },
    { sort: ['count', 'asc'], out: [{ count: 'asc' }, { id: 'asc' }] },
    { sort: ['validFrom', 'desc'], out: [{ validFrom: 'desc' }, { id: 'asc' }] },
    { sort: ['createdAt', 'DESC'], out: [{ createdAt: 'desc' }, { id: 'asc' }] },
    { sort: ['updatedAt', 'ASC'], out: [{ updatedAt: 'asc' }, { id: 'asc' }] },
    { sort: ['id', 'ASC'], out: [{ id: 'asc' }] },
    { sort: ['id', 'DESC'], out: [{ id: 'desc' }] },
  ])('$sort sorts with an id tiebreak', ({ sort, out }) => {
    expect(parseSort(json(sort), model)).toEqual(out);
  });

  test.each<{ title: string; raw: unknown }>([
    { title: 'non-JSON', raw: '[name,ASC' },
    { title: 'a non-string parameter', raw: ['name', 'ASC'] },
  ])('$title is an INVALID_QUERY on sort', ({ raw }) => {
    expect400(() => parseSort(raw, model), 'INVALID_QUERY', ['sort']);
  });

  test.each<{ title: string; raw: unknown }>([
    { title: 'an object', raw: { name: 'ASC' } },
    { title: 'a single element', raw: ['name'] },
    { title: 'three elements', raw: ['name', 'ASC', 'x'] },
    { title: 'a number as field', raw: [1, 'ASC'] },
    { title: 'a number as order', raw: ['name', 1] },
    { title: 'an unknown order', raw: ['name', 'UP'] },
    { title: 'a string', raw: 'name' },
  ])('$title is an INVALID_SORT on sort', ({ raw }) => {
    expect400(() => parseSort(json(raw), model), 'INVALID_SORT', ['sort']);
  });

  test.each(['idNumber', 'nope', 'bases', 'department', 'posts', 'extra'])('sorting by %s is an INVALID_SORT keyed by the field', (field) => {
    expect400(() => parseSort(json([field, 'ASC']), model), 'INVALID_SORT', [field]);
  });

  test.each(['constructor', '__proto__'])('sorting by the inherited property name %s is refused', (field) => {
    expect400(() => parseSort(json([field, 'ASC']), model), 'INVALID_SORT', [field]);
  });
});

describe('parseRange', () => {
  test('defaults to the first 25 rows', () => {
    expect(parseRange(undefined)).toEqual({ start: 0, limit: 25 });
  });

  test.each<{ range: [number, number]; start: number; limit: number }>([
    { range: [0, 9], start: 0, limit: 10 },
    { range: [10, 19], start: 10, limit: 10 },
    { range: [3, 3], start: 3, limit: 1 },
    { range: [0, MAX_PAGE - 1], start: 0, limit: MAX_PAGE },
    { range: [5000, 5999], start: 5000, limit: 1000 },
  ])('$range → start $start, limit $limit', ({ range, start, limit }) => {
    expect(parseRange(json(range))).toEqual({ start, limit });
  });

  test('at most 1000 rows per page', () => {
    expect(MAX_PAGE).toBe(1000);
    expect400(() => parseRange(json([0, 1000])), 'INVALID_RANGE', ['range']);
    expect400(() => parseRange(json([10, 1010])), 'INVALID_RANGE', ['range']);
  });

  test.each<{ title: string; raw: unknown }>([
    { title: 'negative start', raw: [-1, 5] },
    { title: 'negative end', raw: [0, -5] },
    { title: 'reversed', raw: [5, 4] },
    { title: 'one element', raw: [0] },
    { title: 'three elements', raw: [0, 1, 2] },
    { title: 'fractions', raw: [0.5, 3] },
    { title: 'strings', raw: ['0', '9'] },
    { title: 'an object', raw: { start: 0, end: 9 } },
    { title: 'null', raw: null },
  ])('$title is an INVALID_RANGE', ({ raw }) => {
    expect400(() => parseRange(json(raw)), 'INVALID_RANGE', ['range']);
  });

  test('non-JSON and non-strings are INVALID_QUERY', () => {
    expect400(() => parseRange('0,9'), 'INVALID_QUERY', ['range']);
    expect400(() => parseRange(5), 'INVALID_QUERY', ['range']);
  });
});

describe('parseFilter', () => {
  const filter = (value: unknown): Record<string, unknown> => parseFilter(json(value), model);

  test('no filter and an empty filter are empty', () => {
    expect(parseFilter(undefined, model)).toEqual({});
    expect(filter({})).toEqual({});
  });

  test('empty-string values are ignored', () => {
    expect(filter({ name: '' })).toEqual({});
  });

  test('q searches every non-private text field with $containsi', () => {
    expect(filter({ q: '草原' })).toEqual({
      $or: [{ name: { $containsi: '草原' } }, { note: { $containsi: '草原' } }, { email: { $containsi: '草原' } }],
    });
  });

  test('id arrays become documentId $in (getMany)', () => {
    expect(filter({ id: ['a', 'b'] })).toEqual({ documentId: { $in: ['a', 'b'] } });
    expect(filter({ id: 'a' })).toEqual({ documentId: { $in: ['a'] } });
  });

  test('relation equality compares documentIds', () => {
    expect(filter({ department: 'd1' })).toEqual({ department: { documentId: { $in: ['d1'] } } });
    expect(filter({ posts: ['p1', 'p2'] })).toEqual({ posts: { documentId: { $in: ['p1', 'p2'] } } });
  });

  test.each<{ title: string; in: Record<string, unknown>; out: Record<string, unknown> }>([
    { title: 'plain equality', in: { name: 'x' }, out: { name: { $eq: 'x' } } },
    { title: 'an array as $in', in: { status: ['draft', 'published'] }, out: { status: { $in: ['draft', 'published'] } } },
    { title: '_gte on an integer, coerced', in: { count_gte: '3' }, out: { count: { $gte: 3 } } },
    { title: '_lte on a date', in: { validFrom_lte: '2024-12-31' }, out: { validFrom: { $lte: '2024-12-31' } } },
    { title: '_gt and _lt on a decimal', in: { score_gt: 1.5 }, out: { score: { $gt: 1.5 } } },
    { title: '_lt on a datetime', in: { decidedAt_lt: '2024-01-01T00:00:00Z' }, out: { decidedAt: { $lt: '2024-01-01T00:00:00Z' } } },
    { title: '_q on a string', in: { name_q: '局' }, out: { name: { $containsi: '局' } } },
    { title: '_q on an enumeration skips the value check', in: { status_q: 'dra' }, out: { status: { $containsi: 'dra' } } },
    { title: '_neq on an enumeration', in: { status_neq: 'draft' }, out: { status: { $ne: 'draft' } } },
    { title: 'null equality', in: { name: null }, out: { name: { $null: true } } },
    { title: 'null equality on a number', in: { count: null }, out: { count: { $null: true } } },
    { title: "boolean 'true'", in: { active: 'true' }, out: { active: { $eq: true } } },
    { title: 'boolean false', in: { active: false }, out: { active: { $eq: false } } },
    { title: 'numeric integer string', in: { count: '12' }, out: { count: { $eq: 12 } } },
    { title: 'system field createdAt', in: { createdAt: '2024-01-01' }, out: { createdAt: { $eq: '2024-01-01' } } },
  ])('$title', ({ in: input, out }) => {
    expect(filter(input)).toEqual(out);
  });

  test('several filters are combined with $and in order', () => {
    expect(filter({ q: 'x', status: 'draft', department: 'd1', count_gte: 2 })).toEqual({
      $and: [
        { $or: [{ name: { $containsi: 'x' } }, { note: { $containsi: 'x' } }, { email: { $containsi: 'x' } }] },
        { status: { $eq: 'draft' } },
        { department: { documentId: { $in: ['d1'] } } },
        { count: { $gte: 2 } },
      ],
    });
  });

  test.each<{ title: string; raw: string }>([
    { title: 'non-JSON', raw: '{name:1}' },
  ])('$title is an INVALID_QUERY on filter', ({ raw }) => {
    expect400(() => parseFilter(raw, model), 'INVALID_QUERY', ['filter']);
  });

  test.each<{ title: string; raw: unknown }>([
    { title: 'an array', raw: [] },
    { title: 'a string', raw: 'x' },
    { title: 'null', raw: null },
    { title: 'a number', raw: 3 },
  ])('$title is an INVALID_FILTER on filter', ({ raw }) => {
    expect400(() => parseFilter(json(raw), model), 'INVALID_FILTER', ['filter']);
  });

  test.each<{ title: string; in: Record<string, unknown>; field: string }>([
    { title: 'an operator object', in: { name: { $ne: 'x' } }, field: 'name' },
    { title: 'a nested relation filter', in: { department: { name: 'x' } }, field: 'department' },
    { title: 'an array holding an object', in: { id: [{ $ne: 'x' }] }, field: 'id' },
    { title: '$or with clauses', in: { $or: [{ name: 'x' }, { name: 'y' }] }, field: '$or' },
    { title: '$or with a scalar', in: { $or: 'x' }, field: '$or' },
    { title: '$and with a scalar', in: { $and: 'x' }, field: '$and' },
    { title: 'a private field', in: { idNumber: '1525' }, field: 'idNumber' },
    { title: 'a private field with a suffix', in: { idNumber_q: '1525' }, field: 'idNumber_q' },
    { title: 'a json field', in: { extra: 'x' }, field: 'extra' },
    { title: 'a component field', in: { bases: 'x' }, field: 'bases' },
    { title: 'an unknown field', in: { nope: 'x' }, field: 'nope' },
    { title: 'an unknown suffixed field', in: { nope_gte: 1 }, field: 'nope_gte' },
    { title: 'an enum value outside the list', in: { status: 'bogus' }, field: 'status' },
    { title: 'an enum array with one bad value', in: { status: ['draft', 'bogus'] }, field: 'status' },
    { title: 'an enum _neq outside the list', in: { status_neq: 'bogus' }, field: 'status_neq' },
    { title: 'a non-numeric integer', in: { count: 'abc' }, field: 'count' },
    { title: 'a boolean for an integer', in: { count: true }, field: 'count' },
    { title: 'a non-numeric _gte', in: { count_gte: 'many' }, field: 'count_gte' },
    { title: 'a non-numeric decimal', in: { score: 'high' }, field: 'score' },
    { title: 'a bad boolean', in: { active: 'yes' }, field: 'active' },
    { title: 'a bad date', in: { validFrom: 'yesterday' }, field: 'validFrom' },
    { title: 'a number for a date', in: { validFrom_gte: 20240101 }, field: 'validFrom_gte' },
    { title: 'a boolean for a string', in: { name: true }, field: 'name' },
    { title: 'an operator on a relation', in: { department_gte: 'd1' }, field: 'department_gte' },
    { title: '_q on a relation', in: { department_q: 'd' }, field: 'department_q' },
    { title: 'the inherited property constructor', in: { constructor: 'x' }, field: 'constructor' },
    { title: 'an operator object on the inherited property constructor', in: JSON.parse('{"constructor":{"$ne":1}}') as Record<string, unknown>, field: 'constructor' },
    { title: 'the key __proto__', in: JSON.parse('{"__proto__":"x"}') as Record<string, unknown>, field: '__proto__' },
  ])('$title is an INVALID_FILTER keyed by the field', ({ in: input, field }) => {
    expect400(() => filter(input), 'INVALID_FILTER', [field]);
  });

  test('a calendar-impossible date is refused', () => {
    expect400(() => filter({ validFrom: '2024-02-30' }), 'INVALID_FILTER', ['validFrom']);
  });

  test('every bad field is reported at once, the message naming the first', () => {
    const error = expect400(() => filter({ nope: 1, status: 'bogus', name: 'ok' }), 'INVALID_FILTER', ['nope', 'status']);
    expect(error.message).toContain('nope');
  });

  test('a ConsoleError is thrown, not a plain Error', () => {
    const error = consoleErrorOf(() => filter({ nope: 1 }));
    expect(error.errors.nope).toEqual(['不能按字段“nope”筛选']);
  });
});

describe('parseEmbed', () => {
  test('absent: every component (null); [] none; names: those, once each', () => {
    expect(parseEmbed(undefined, model)).toBeNull();
    expect(parseEmbed(json([]), model)).toEqual([]);
    expect(parseEmbed(json(['bases', 'bases']), model)).toEqual(['bases']);
  });

  test('anything but an array of component names → 400 INVALID_QUERY on embed', () => {
    for (const raw of [json('bases'), json([1]), json(['department']), json(['name']), json(['nope']), json(['__proto__']), 'not json']) {
      expect400(() => parseEmbed(raw, model), 'INVALID_QUERY', ['embed']);
    }
  });

  test('parseListQuery accepts embed beside sort, range and filter', () => {
    expect(parseListQuery({ embed: json([]) }, model).embed).toEqual([]);
  });
});

test('totalFromPage: only a page that is neither full nor past the end proves the total', () => {
  expect(totalFromPage(0, 25, 7)).toBe(7);
  expect(totalFromPage(50, 25, 3)).toBe(53);
  expect(totalFromPage(0, 25, 0)).toBe(0);
  // A full page may have more behind it; an empty page past the start may follow a shrunken list.
  expect(totalFromPage(0, 25, 25)).toBeNull();
  expect(totalFromPage(50, 25, 0)).toBeNull();
});
