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
  // Staff write through /console-api only, where every save carries its version (DECISIONS). After
  // the body parser, so that the refused request's body is read and the connection stays usable.
  'global::api-writes-closed',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
