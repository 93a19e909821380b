import { canAccess } from './canAccess';
import type { ConsolePermissions } from './types';

// As /console-api/me answers for a department editor (config/roles.json 'dept-editor').
const editor: ConsolePermissions = {
  powers: ['find', 'findOne', 'create', 'update', 'delete'],
  'power-adjustments': ['find', 'findOne', 'create', 'update'],
  departments: ['find', 'findOne'],
  'interference-records': ['create'],
};

describe('canAccess maps react-admin actions to the server actions of the role', () => {
  test.each([
    ['list', 'powers', true],
    ['show', 'powers', true],
    ['create', 'powers', true],
    ['edit', 'powers', true],
    ['delete', 'powers', true],
    ['export', 'powers', true],
    ['clone', 'powers', true],
    ['delete', 'power-adjustments', false],
    ['edit', 'power-adjustments', true],
    ['list', 'departments', true],
    ['edit', 'departments', false],
    ['create', 'departments', false],
    ['delete', 'departments', false],
    ['export', 'departments', true],
    // Report-only: an editor files interference records but cannot read them back (art. on 干预记录).
    ['create', 'interference-records', true],
    ['list', 'interference-records', false],
    ['show', 'interference-records', false],
    ['export', 'interference-records', false],
    // Resources the role has no permission on at all.
    ['list', 'audit-logs', false],
    ['show', 'assessments', false],
  ])('%s on %s → %s', (action, resource, expected) => {
    expect(canAccess(editor, { resource, action })).toBe(expected);
  });

  test('unknown react-admin actions are refused rather than guessed', () => {
    expect(canAccess(editor, { resource: 'powers', action: 'publish' })).toBe(false);
    expect(canAccess(editor, { resource: 'powers', action: '*' })).toBe(false);
  });

  test('no permissions (signed out) refuses everything', () => {
    expect(canAccess(undefined, { resource: 'powers', action: 'list' })).toBe(false);
    expect(canAccess(null, { resource: 'powers', action: 'list' })).toBe(false);
    expect(canAccess({}, { resource: 'powers', action: 'list' })).toBe(false);
  });

  test('inherited object keys are not resources', () => {
    expect(canAccess(editor, { resource: 'constructor', action: 'list' })).toBe(false);
    expect(canAccess(editor, { resource: 'powers', action: 'toString' })).toBe(false);
  });
});
