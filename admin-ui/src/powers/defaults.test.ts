import { newPowerDefaults } from './defaults';

describe('newPowerDefaults: a new power starts valid, in the user\'s department and tier', () => {
  it.each([
    { title: 'a department editor', me: { departmentId: 'dep1', tier: 'county' }, expected: { status: 'valid', department: 'dep1', tier: 'county', bases: [], steps: [] } },
    { title: 'a government-level user has no department to preset', me: { departmentId: null, tier: 'league' }, expected: { status: 'valid', tier: 'league', bases: [], steps: [] } },
    { title: 'a tier the power does not know is not preset', me: { departmentId: 'dep1', tier: 'nation' }, expected: { status: 'valid', department: 'dep1', bases: [], steps: [] } },
    { title: 'not signed in yet', me: null, expected: { status: 'valid', bases: [], steps: [] } },
  ])('$title', ({ me, expected }) => {
    expect(newPowerDefaults(me)).toEqual(expected);
  });
});
