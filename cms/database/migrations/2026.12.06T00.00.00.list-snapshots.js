'use strict';
// A list version's frozen items leave responsibility_lists.snapshot for tables of their own
// (cms/src/store/list-snapshot-store.ts, issue 17): copied here, before Strapi's schema sync drops
// the column that the content type no longer declares. On a fresh database there is nothing to copy
// and the start-up pass creates the tables.
module.exports = require('../../dist/src/store/list-snapshot-store').snapshotMigration('list-snapshots');
