'use strict';
// The bigram index of powers' names (nmg_bigrams() and powers_name_bigrams_idx, see
// cms/src/database/indexes.ts and functions.ts) for name searches by two-character terms. A
// migration of its own because the query-indexes one has already run on existing databases.
module.exports = require('../../dist/src/database/indexes').indexMigration('name-bigrams', ['powers_name_bigrams_idx']);
