'use strict';
// Unique indexes (cms/src/database/indexes.ts): certificate numbers, government codes, account names
// and e-mails (case-insensitive). On existing data with duplicates the index is not created and the
// start-up log says so; the duplicates must be resolved first (README "Integrity").
module.exports = require('../../dist/src/database/indexes').indexMigration('unique-keys', [
  'officers_certificate_number_key', 'governments_code_key', 'up_users_username_lower_key', 'up_users_email_lower_key',
]);
