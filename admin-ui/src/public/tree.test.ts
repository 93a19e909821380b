// Governments grouped as the public browses them: only branches with published lists, in code order.
import type { PublicGovernment } from './parse';
import { buildGovernmentTree, governmentPath } from './tree';

const gov = (code: string, name: string, tier: string, parentCode: string | null, publishedDepartments = 0): PublicGovernment => ({ code, name, tier, parentCode, publishedDepartments });

const governments = [
  gov('152502000000', '锡林浩特市', 'county', '152500000000', 1),
  gov('150000000000', '内蒙古自治区', 'region', null, 0),
  gov('152500000000', '锡林郭勒盟', 'league', '150000000000', 0),
  gov('152501000000', '二连浩特市', 'county', '152500000000', 0),
  gov('150100000000', '呼和浩特市', 'league', '150000000000', 2),
];

test('keeps the branches where a department has published, with subtree totals', () => {
  const tree = buildGovernmentTree(governments);
  expect(tree).toHaveLength(1);
  const [region] = tree;
  expect(region.government.name).toBe('内蒙古自治区');
  expect(region.total).toBe(3);
  expect(region.children.map((c) => [c.government.name, c.total])).toEqual([
    ['呼和浩特市', 2],
    ['锡林郭勒盟', 1],
  ]);
  expect(region.children[1].children.map((c) => c.government.name)).toEqual(['锡林浩特市']);
});

test('nothing published: an empty tree', () => {
  expect(buildGovernmentTree(governments.map((g) => ({ ...g, publishedDepartments: 0 })))).toEqual([]);
});

test('a parent that was not sent makes its child a root; cycles end', () => {
  expect(buildGovernmentTree([gov('152502000000', '锡林浩特市', 'county', '999', 1)]).map((n) => n.government.name)).toEqual(['锡林浩特市']);
  const cyclic = [gov('a', 'A', 'county', 'b', 1), gov('b', 'B', 'county', 'a', 1)];
  expect(() => buildGovernmentTree(cyclic)).not.toThrow();
});

test('the breadcrumb path runs from the region down', () => {
  expect(governmentPath(governments, '152502000000').map((g) => g.name)).toEqual(['内蒙古自治区', '锡林郭勒盟', '锡林浩特市']);
  expect(governmentPath(governments, 'unknown')).toEqual([]);
});
