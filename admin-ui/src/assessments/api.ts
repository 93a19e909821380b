// The assessment endpoints of the console API, with the signed-in user's token.
import { API_URL } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';
import { parseSheet, type Sheet } from './types';

const url = (id: string, tail: string): string => `${API_URL}/assessments/${encodeURIComponent(id)}/${tail}`;

export interface ItemInput { score: number; finding: string | null; evidence: string | null; overrideReason: string | null }

export const assessmentApi = {
  sheet: async (id: string): Promise<Sheet> => parseSheet((await httpClient(url(id, 'sheet'))).json),
  prescore: async (id: string): Promise<Sheet> => parseSheet((await httpClient(url(id, 'prescore'), { method: 'POST', body: '{}' })).json),
  saveItem: async (id: string, item: number, input: ItemInput): Promise<Sheet> =>
    parseSheet((await httpClient(url(id, `items/${item}`), { method: 'PUT', body: JSON.stringify(input) })).json),
  transition: async (id: string, action: string, opinion?: string): Promise<Sheet> =>
    parseSheet((await httpClient(url(id, 'transition'), { method: 'POST', body: JSON.stringify(opinion === undefined ? { action } : { action, opinion }) })).json),
};
