// The integrity check's table (issue 13) against the schemas and the scope rules: every relation it
// names is a to-one relation the type owns, and every scoped type is checked for records that have
// lost all their scope anchors (a record in nobody's scope).
import { readFileSync } from 'fs';
import { join } from 'path';
import { ACCOUNT, INTEGRITY_CHECKS } from '../../../cms/src/jobs/integrity-checks';
import { SCOPE_RULES } from '../../../cms/src/scope/anchors';

interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  mappedBy?: string;
}

const API = join(__dirname, '..', '..', '..', 'cms', 'src', 'api');

function attributesOf(uid: string): Record<string, Attribute> {
  if (uid === ACCOUNT) {
    // users-permissions' user, extended in cms/src/extensions/users-permissions/strapi-server.ts.
    return { department: { type: 'relation', relation: 'manyToOne', target: 'api::department.department' }, government: { type: 'relation', relation: 'manyToOne', target: 'api::government.government' } };
  }
  const name = uid.split('.')[1];
  return (JSON.parse(readFileSync(join(API, name, 'content-types', name, 'schema.json'), 'utf8')) as { attributes: Record<string, Attribute> }).attributes;
}

test('each kind appears once', () => {
  const kinds = INTEGRITY_CHECKS.map((c) => c.kind);
  expect(new Set(kinds).size).toBe(kinds.length);
});

test.each(INTEGRITY_CHECKS.map((c) => [c.kind, c] as const))('%s names to-one relations its type owns, and columns of existing types', (_kind, check) => {
  const attributes = attributesOf(check.uid);
  for (const reference of check.anyOf) {
    if (typeof reference === 'string') {
      expect(attributes[reference]).toMatchObject({ type: 'relation', relation: 'manyToOne' });
      expect(attributes[reference].mappedBy).toBeUndefined();
    } else {
      expect(Object.keys(SCOPE_RULES)).toContain(reference.target);
    }
  }
  if (check.when) expect(Object.keys(attributes).map((a) => a.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))).toContain(check.when.column);
});

const scoped = Object.entries(SCOPE_RULES).filter(([, rule]) => rule.read === 'scoped' && rule.anchors.some((a) => a.to !== 'code'));

test.each(scoped.map(([uid, rule]) => [uid, rule] as const))('%s: a record that lost every scope anchor is found', (uid, rule) => {
  const hops = new Set(rule.anchors.flatMap((a) => (a.to === 'code' ? [] : a.path.slice(0, 1))));
  // A check whose relations are among the anchors' first hops finds every record none of them leads from.
  const covering = INTEGRITY_CHECKS.filter((c) => c.uid === uid && !c.when && c.anyOf.every((r) => typeof r === 'string' && hops.has(r)));
  expect(covering.map((c) => c.kind)).not.toEqual([]);
});

test('the organisation tree and accounts are checked: department, agency, post, officer, government (but the region), account', () => {
  const kinds = INTEGRITY_CHECKS.map((c) => c.kind);
  expect(kinds).toEqual(expect.arrayContaining(['department-without-government', 'agency-without-department', 'post-without-agency', 'officer-without-department', 'government-without-parent', 'account-without-scope']));
  expect(INTEGRITY_CHECKS.find((c) => c.kind === 'government-without-parent')?.when?.in).not.toContain('region');
});
