// The header synonym table of config/import-headers.json, validated by the same schema the server
// checks at start-up, so an administrator's typo fails loudly instead of silently mapping nothing.
import headersJson from '../../../config/import-headers.json';
import { importHeadersFile } from '../../../config/src/schema';

export const importHeaders = importHeadersFile.parse(headersJson);
