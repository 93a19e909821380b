export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'global::console-errors',
  // Staff write through /console-api only, where every save carries its version (DECISIONS).
  'global::api-writes-closed',
  // A department's list imported in one request (a few thousand rows) is larger than the 1 MB default.
  { name: 'strapi::body', config: { jsonLimit: '20mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
