// Browser tests: the built console against a started system (see test/e2e/server.ts).
module.exports = {
  testTimeout: 120000,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
  // desk-chain.e2e.ts changes the demo data others read: it runs last (see the file).
  testSequencer: '<rootDir>/test/e2e/sequencer.js',
};
