// The HTTP call itself, through the console's authenticated client (the signed-in user's JWT).
import { API_URL } from '../providers/dataProvider';
import { httpClient, type HttpClient } from '../providers/httpClient';
import { parseImportReport, type PostImport } from './importClient';

export const createImportPoster = (resource: string, client: HttpClient = httpClient): PostImport => async (rows, commit) => {
  const { json } = await client(`${API_URL}/${encodeURIComponent(resource)}/import`, { method: 'POST', body: JSON.stringify({ rows, commit }) });
  return parseImportReport(json);
};
