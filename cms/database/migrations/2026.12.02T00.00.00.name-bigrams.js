'use strict';
// The bigram index of powers' names (nmg_bigrams() and powers_name_bigrams_idx, see
// cms/src/database/indexes.ts and functions.ts) for name searches by two-character terms. A
// migration of its own because the query-indexes one has already run on existing databases and
// Strapi never runs a migration twice; on a fresh database the table does not exist yet and the
// start-up pass creates both after the schema sync, as for the other indexes.
const { ensureIndexes, INDEXES } = require('../../dist/src/database/indexes');

const NEW = ['powers_name_bigrams_idx'];

module.exports = {
  async up(knex) {
    const outcome = await ensureIndexes(knex, INDEXES.filter((spec) => NEW.includes(spec.name)));
    for (const f of outcome.failed) console.warn(`[migration name-bigrams] ${f.name} (${f.why}) not created: ${f.error}`);
  },
  async down() {
    // Nothing to undo: without the index, searches still work by scanning, and the start-up pass would recreate it.
  },
};
