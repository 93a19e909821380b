'use strict';
// Indexes for the public API's and the console API's queries at region scale (issue 6): the list
// and its reasons are in cms/src/database/indexes.ts, compiled to cms/dist before the server runs.
// Strapi runs this before its schema sync: on an existing database the tables are there and the
// indexes are created now; on a fresh one they are not yet, and the start-up pass
// (cms/src/bootstrap/indexes.ts) creates them after the sync. Plain JavaScript because Strapi
// loads user migrations with require().
module.exports = require('../../dist/src/database/indexes').indexMigration('query-indexes');
