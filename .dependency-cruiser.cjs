// The architecture check (issue 16; `npm run arch`, run by .ci/run): the layers of cms/src point one
// way, the console never imports the server, config reaches the console only validated, no cycles.
// Layers, from the bottom (README "Layout"):
//   domain, util, uploads     pure rules and helpers: nothing of Strapi (domain), nothing above
//   store, scope, audit, security, pii, database   shared reads and errors, who may do what, the trail, sessions, keys, indexes
//   workflow, adjustment, assessment, certificates, accountability, reports, search   features
//   console, public, jobs, guards, bootstrap, seed, server, extensions, middlewares   surfaces and write adapters
// There is no baseline of known violations: any violation fails the check.
const FEATURES = '(workflow|adjustment|assessment|certificates|accountability|reports|search)';
const SURFACES = '(console|public|jobs|guards|bootstrap|seed|server|extensions|middlewares|admin|index\\.ts)';
const BASE = '(store|scope|audit|security|pii|database)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle between modules makes layers meaningless: break it by moving the shared part down.',
      from: { path: '^cms/src/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'cms/src/domain holds the rules as pure functions: nothing of Strapi, nothing of the layers above.',
      from: { path: '^cms/src/domain/' },
      to: { path: ['^node_modules/@strapi/', `^cms/src/(?!domain/|util/)`] },
    },
    {
      name: 'base-below-features',
      severity: 'error',
      comment: 'Scope, audit, security, keys and indexes are read by the features, never the other way round.',
      from: { path: `^cms/src/(${BASE.slice(1, -1)}|util|uploads)/` },
      to: { path: [`^cms/src/${FEATURES}/`, `^cms/src/${SURFACES}`] },
    },
    {
      name: 'features-below-surfaces',
      severity: 'error',
      comment: 'Features are used by the console, the public API, jobs and the write guards; they import none of those.',
      from: { path: `^cms/src/${FEATURES}/` },
      to: { path: `^cms/src/${SURFACES}` },
    },
    {
      name: 'console-not-server',
      severity: 'error',
      comment: 'The console shares contracts through config/src, never by importing cms/ (its tests may read the rule codes).',
      from: { path: '^admin-ui/src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^cms/' },
    },
    {
      name: 'console-reads-validated-config',
      severity: 'error',
      comment: 'config/*.json reaches the console only through its validated form (config/src/console.ts, checked by the schemas the server uses), never as raw JSON. Tests may read the files.',
      from: { path: '^admin-ui/src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^config/[^/]+\\.json$' },
    },
    {
      name: 'console-not-config-loader',
      severity: 'error',
      comment: 'config/src/index.ts (and pii, backup) read files with Node: the console takes config/src/console.ts, the contracts and the schemas instead.',
      from: { path: '^admin-ui/src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^config/src/(index|pii|backup)\\.ts$' },
    },
    {
      name: 'config-browser-safe',
      severity: 'error',
      comment: 'What the console bundles from config/src must run in a browser: no Node core modules outside the server-side loaders.',
      from: { path: '^config/src/', pathNot: '^config/src/(index|pii|backup)\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|\\.build|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
