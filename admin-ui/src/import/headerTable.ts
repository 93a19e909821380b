// The header synonym table of config/import-headers.json, validated by the same schema the server
// checks at start-up (config/src/console.ts), so an administrator's typo fails loudly instead of
// silently mapping nothing.
export { importHeaders } from '../../../config/src/console';
