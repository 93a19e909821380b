// Two projects: pure unit tests (parallel) and API tests against a booted Strapi on a throwaway
// PostgreSQL (one Strapi per file, files run one after another; see test/helpers).
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }];
module.exports = {
  // Global option: a per-project testTimeout is ignored by jest. Booting Strapi takes seconds.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
    },
    {
      displayName: 'api',
      testMatch: ['<rootDir>/test/api/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
    },
  ],
};
