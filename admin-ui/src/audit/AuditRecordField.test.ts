import { consoleResourceOf } from './AuditRecordField';

const schemas = [{ name: 'powers', uid: 'api::power.power' }];

test('a stored uid leads to the console resource that names the record; accounts to users', () => {
  expect(consoleResourceOf('api::power.power', schemas)).toBe('powers');
  expect(consoleResourceOf('plugin::users-permissions.user', schemas)).toBe('users');
  // Roles have no console resource: the event names no record rather than showing a number.
  expect(consoleResourceOf('plugin::users-permissions.role', schemas)).toBeNull();
  expect(consoleResourceOf('api::unknown.unknown', schemas)).toBeNull();
});
