import { consolePopulate, toRecord } from '../../../cms/src/console/records';
import { mask } from '../../../cms/src/util/mask';
import type { ModelLike, ModelLookup } from '../../../cms/src/scope/populate';

const COMPONENTS: Record<string, ModelLike> = {
  'officer.certificate': {
    attributes: {
      number: { type: 'string', private: true },
      issuedAt: { type: 'date' },
      issuer: { type: 'relation', relation: 'manyToOne', target: 'api::government.government' },
    },
  },
  'officer.entry': { attributes: { note: { type: 'string' }, at: { type: 'datetime' } } },
};
const lookup: ModelLookup = (uid) => COMPONENTS[uid];

const officer: ModelLike = {
  attributes: {
    name: { type: 'string' },
    idNumber: { type: 'string', private: true },
    phone: { type: 'string', private: true },
    birth: { type: 'date' },
    certifiedAt: { type: 'datetime' },
    extra: { type: 'json' },
    department: { type: 'relation', relation: 'manyToOne', target: 'api::department.department', inversedBy: 'officers' },
    posts: { type: 'relation', relation: 'manyToMany', target: 'api::post.post' },
    mentor: { type: 'relation', relation: 'oneToOne', target: 'api::officer.officer' },
    trainings: { type: 'relation', relation: 'oneToMany', target: 'api::training-record.training-record', mappedBy: 'officer' },
    certificate: { type: 'component', component: 'officer.certificate' },
    history: { type: 'component', component: 'officer.entry', repeatable: true },
    ghost: { type: 'component', component: 'missing.component' },
    createdBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user', private: true },
    updatedBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user', private: true },
    locale: { type: 'string' },
    localizations: { type: 'relation', relation: 'oneToMany', target: 'api::officer.officer' },
  },
};

const ID = '152502199001011234';
const row = (): Record<string, unknown> => ({
  id: 3,
  documentId: 'doc-3',
  name: '张三',
  idNumber: ID,
  phone: '13800001234',
  birth: '1990-01-01',
  certifiedAt: new Date('2024-01-02T03:04:05.000Z'),
  extra: { a: 1 },
  department: { id: 1, documentId: 'dep-1', name: '局' },
  posts: [{ id: 1, documentId: 'post-1' }, { id: 2, documentId: 'post-2' }],
  mentor: null,
  trainings: [{ id: 9, documentId: 'tr-1' }],
  certificate: { id: 11, number: 'NMG12345678', issuedAt: '2020-05-01', issuer: { id: 4, documentId: 'gov-1' } },
  history: [{ id: 21, note: '入职', at: new Date('2020-01-01T00:00:00.000Z') }, { id: 22, note: '调岗', at: '2022-06-01T00:00:00.000Z' }],
  ghost: { x: 1 },
  createdBy: { id: 1, firstname: 'admin' },
  updatedBy: { id: 1 },
  locale: null,
  localizations: [],
  createdAt: new Date('2023-01-01T00:00:00.000Z'),
  updatedAt: '2024-02-01T00:00:00.000Z',
  publishedAt: null,
});

describe('mask', () => {
  test('an ID number keeps its first and last four characters', () => {
    expect(mask(ID)).toBe('1525**********1234');
    expect(mask(ID)).toHaveLength(ID.length);
  });

  test.each<{ value: string; out: string }>([
    { value: '', out: '' },
    { value: '1', out: '*' },
    { value: '1234', out: '****' },
    { value: '12345', out: '1***5' },
    { value: '12345678', out: '12****78' },
    { value: 'NMG12345678', out: 'NM*******78' },
    { value: '1234567890123456', out: '1234********3456' },
    { value: '12345678901234567890', out: '1234************7890' },
  ])('$value → $out', ({ value, out }) => {
    expect(mask(value)).toBe(out);
  });

  test.each<{ value: string; out: string }>([
    { value: '张三丰', out: '张**' },
    { value: '王五', out: '王*' },
    { value: '某', out: '*' },
    { value: '内蒙古某某食品有限公司', out: '内**********' },
  ])('第二十一条: a name (no digits) keeps only its first character: $value → $out', ({ value, out }) => {
    expect(mask(value)).toBe(out);
  });

  test('never reveals more than half of the value', () => {
    for (let n = 0; n <= 30; n += 1) {
      const value = 'x'.repeat(n);
      const shown = mask(value).replace(/\*/g, '').length;
      expect(shown * 2).toBeLessThanOrEqual(n);
    }
  });
});

describe('toRecord', () => {
  test('maps a row to a console record with masked personal information', () => {
    expect(toRecord(row(), officer, lookup, { privateFields: 'mask' })).toEqual({
      id: 'doc-3',
      name: '张三',
      idNumber: '1525**********1234',
      phone: '13*******34',
      birth: '1990-01-01',
      certifiedAt: '2024-01-02T03:04:05.000Z',
      extra: { a: 1 },
      department: 'dep-1',
      posts: ['post-1', 'post-2'],
      mentor: null,
      certificate: { number: 'NM*******78', issuedAt: '2020-05-01', issuer: 'gov-1' },
      history: [
        { note: '入职', at: '2020-01-01T00:00:00.000Z' },
        { note: '调岗', at: '2022-06-01T00:00:00.000Z' },
      ],
      createdAt: '2023-01-01T00:00:00.000Z',
      updatedAt: '2024-02-01T00:00:00.000Z',
      publishedAt: null,
    });
  });

  test("'show' returns private fields in full, also inside components", () => {
    const record = toRecord(row(), officer, lookup, { privateFields: 'show' });
    expect(record.idNumber).toBe(ID);
    expect(record.phone).toBe('13800001234');
    expect(record.certificate).toEqual({ number: 'NMG12345678', issuedAt: '2020-05-01', issuer: 'gov-1' });
  });

  test('inverse relations (mappedBy), internal fields and undefined components are left out', () => {
    const record = toRecord(row(), officer, lookup, { privateFields: 'show' });
    for (const key of ['trainings', 'createdBy', 'updatedBy', 'locale', 'localizations', 'ghost']) expect(record).not.toHaveProperty(key);
  });

  test('the numeric id never leaves; id is the documentId', () => {
    const record = toRecord(row(), officer, lookup, { privateFields: 'mask' });
    expect(record.id).toBe('doc-3');
    expect(record).not.toHaveProperty('documentId');
  });

  test('fields missing from the row are omitted, not nulled', () => {
    expect(toRecord({ documentId: 'd', name: 'x' }, officer, lookup, { privateFields: 'mask' })).toEqual({ id: 'd', name: 'x' });
  });

  test('empty or unpopulated relations and components', () => {
    const record = toRecord(
      { documentId: 'd', department: null, posts: null, certificate: null, history: null, mentor: 'not-a-row' },
      officer,
      lookup,
      { privateFields: 'mask' },
    );
    expect(record).toEqual({ id: 'd', department: null, posts: [], certificate: null, history: [], mentor: null });
  });

  test('non-string private values are passed as they are', () => {
    expect(toRecord({ documentId: 'd', idNumber: null }, officer, lookup, { privateFields: 'mask' })).toEqual({ id: 'd', idNumber: null });
  });
});

describe('consolePopulate', () => {
  test('loads documentIds of owned relations and components with their relations', () => {
    expect(consolePopulate(officer, lookup)).toEqual({
      department: { fields: ['documentId'] },
      posts: { fields: ['documentId'] },
      mentor: { fields: ['documentId'] },
      certificate: { populate: { issuer: { fields: ['documentId'] } } },
      history: true,
      ghost: true,
    });
  });

  test('embed keeps the relations and only the components it names (the inner parts of those whole)', () => {
    expect(consolePopulate(officer, lookup, [])).toEqual({ department: { fields: ['documentId'] }, posts: { fields: ['documentId'] }, mentor: { fields: ['documentId'] } });
    expect(consolePopulate(officer, lookup, ['certificate'])).toEqual({
      department: { fields: ['documentId'] },
      posts: { fields: ['documentId'] },
      mentor: { fields: ['documentId'] },
      certificate: { populate: { issuer: { fields: ['documentId'] } } },
    });
  });

  test('a model without relations or components populates nothing', () => {
    expect(consolePopulate({ attributes: { name: { type: 'string' } } }, lookup)).toEqual({});
  });
});
