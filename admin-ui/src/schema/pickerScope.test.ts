import { pickerDefault, pickerFilter, subtreePrefix } from './pickerScope';

const county = { governmentCode: '152502', tier: 'county', departmentId: 'd-county', governmentId: 'g-county' };
const league = { governmentCode: '152500', tier: 'league', departmentId: null, governmentId: 'g-league' };

test('the subtree prefix is the government code cut to its tier (县 6, 盟 4, 区 2)', () => {
  expect(subtreePrefix(county)).toBe('152502');
  expect(subtreePrefix(league)).toBe('1525');
  expect(subtreePrefix({ governmentCode: '150000', tier: 'region' })).toBe('15');
  expect(subtreePrefix(null)).toBeNull();
});

test('organisation pickers are confined to the subtree, except fields that point up the tree', () => {
  expect(pickerFilter('departments', 'department', county)).toEqual({ subtree: '152502' });
  expect(pickerFilter('governments', 'targetGovernment', league)).toEqual({ subtree: '1525' });
  expect(pickerFilter('departments', 'upperDepartment', county)).toEqual({});
  expect(pickerFilter('governments', 'parent', county)).toEqual({});
  // Scoped types are confined by the server itself.
  expect(pickerFilter('posts', 'posts', county)).toEqual({});
});

test('a new record defaults to the user own department or government; an account does not', () => {
  expect(pickerDefault('officers', 'departments', 'department', county)).toBe('d-county');
  expect(pickerDefault('power-adjustments', 'departments', 'targetDepartment', county)).toBeUndefined();
  expect(pickerDefault('annual-reports', 'governments', 'government', league)).toBe('g-league');
  expect(pickerDefault('users', 'departments', 'department', county)).toBeUndefined();
});
