// Two projects: pure unit tests (parallel) and API tests against a booted Strapi on a throwaway
// PostgreSQL (one Strapi per file, files run one after another; see test/helpers).
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }];
module.exports = {
  // Global option: a per-project testTimeout is ignored by jest. Booting Strapi takes seconds.
  testTimeout: 120000,
  // A worker that has run several API files holds 1.5 GB of heap (each booted Strapi leaves part of
  // its module graph behind) and slows in garbage collection: start a fresh one past 800 MB.
  workerIdleMemoryLimit: '800MB',
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
    {
      // Crash recovery and backup/restore: their own throwaway PostgreSQL servers and server
      // processes (scripts/serve.ts), no shared template database.
      displayName: 'recovery',
      testMatch: ['<rootDir>/test/recovery/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
    },
    {
      // Checks of what the build makes: the generated typings (scripts/types.ts) against the schemas,
      // and no cast to never in the sources those typings check (no-never-casts.test.ts).
      displayName: 'build',
      testMatch: ['<rootDir>/test/build/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
    },
    {
      // The react-admin console: providers' pure internals and components, in a browser-like DOM.
      // Files that need Node's fetch/Headers (providers) opt into `@jest-environment node`.
      displayName: 'console',
      testMatch: ['<rootDir>/admin-ui/src/**/*.test.ts', '<rootDir>/admin-ui/src/**/*.test.tsx'],
      // react-hotkeys-hook (used by react-admin) ships ES modules only: compile it like our sources.
      transform: { '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/admin-ui/tsconfig.test.json' }] },
      transformIgnorePatterns: ['/node_modules/(?!react-hotkeys-hook/)'],
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['@testing-library/jest-dom'],
      moduleNameMapper: { '\\.(css|less|scss)$': '<rootDir>/admin-ui/jest/style-stub.js' },
    },
  ],
};
