'use strict';
// The (code, id) index of powers (cms/src/database/indexes.ts) for console pages in code order,
// searches among them. A migration of its own because the earlier ones have run on existing databases.
module.exports = require('../../dist/src/database/indexes').indexMigration('powers-code', ['powers_code_id_idx']);
