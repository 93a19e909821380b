export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'global::console-errors',
  // A department's list imported in one request (a few thousand rows) is larger than the 1 MB default.
  { name: 'strapi::body', config: { jsonLimit: '20mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
