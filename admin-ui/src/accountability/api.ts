// The accountability endpoint beyond the generic resource routes: the criteria of config/.
import { API_URL } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';
import { parseCriteria, type AccountabilityCriteria } from './parse';

export async function fetchCriteria(): Promise<AccountabilityCriteria | null> {
  return parseCriteria((await httpClient(`${API_URL}/accountability/criteria`)).json);
}
