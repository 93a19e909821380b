// The annual-report endpoints of the console API (cms/src/reports/handlers.ts), behind an interface
// so that the screen can be tested against a fake.
import { createContext, useContext } from 'react';
import type { ReportAction } from '../../../config/src/reports';
import { API_URL } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';
import { session } from '../providers/storage';

export interface ReportsApi {
  view(id: string): Promise<unknown>;
  /** Computes the year's figures in the reporter's area (and a first text when there is none). */
  draft(id: string): Promise<unknown>;
  transition(id: string, action: ReportAction, opinion?: string): Promise<unknown>;
  /** The .docx as offices file it. */
  docx(id: string): Promise<Blob>;
  /** Art. 26: the year's assessment results in the user's scope, as the rule-of-law assessment takes them. */
  assessmentResults(year: number, format: 'xlsx' | 'csv'): Promise<Blob>;
}

const url = (id: string, tail: string): string => `${API_URL}/annual-reports/${encodeURIComponent(id)}/${tail}`;

export const serverReportsApi: ReportsApi = {
  view: async (id) => (await httpClient(url(id, 'view'))).json,
  draft: async (id) => (await httpClient(url(id, 'draft'), { method: 'POST', body: '{}' })).json,
  transition: async (id, action, opinion) => (await httpClient(url(id, 'transition'), { method: 'POST', body: JSON.stringify(opinion ? { action, opinion } : { action }) })).json,
  docx: async (id) => {
    const res = await fetch(url(id, 'export.docx'), { headers: { Authorization: `Bearer ${session.token() ?? ''}` } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.blob();
  },
  assessmentResults: async (year, format) => {
    const res = await fetch(`${API_URL}/assessments/export?year=${year}&format=${format}`, { headers: { Authorization: `Bearer ${session.token() ?? ''}` } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.blob();
  },
};

export const ReportsApiContext = createContext<ReportsApi>(serverReportsApi);
export const useReportsApi = (): ReportsApi => useContext(ReportsApiContext);
