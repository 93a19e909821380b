'use strict';
// The (code, id) index of powers (cms/src/database/indexes.ts) for console pages in code order,
// searches among them. A migration of its own because the earlier ones have run on existing
// databases; on a fresh database the start-up pass creates it after the schema sync.
const { ensureIndexes, INDEXES } = require('../../dist/src/database/indexes');

const NEW = ['powers_code_id_idx'];

module.exports = {
  async up(knex) {
    const outcome = await ensureIndexes(knex, INDEXES.filter((spec) => NEW.includes(spec.name)));
    for (const f of outcome.failed) console.warn(`[migration powers-code] ${f.name} (${f.why}) not created: ${f.error}`);
  },
  async down() {
    // Nothing to undo: without the index, pages sort their matches, and the start-up pass would recreate it.
  },
};
