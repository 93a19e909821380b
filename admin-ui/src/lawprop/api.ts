// The console's calls for laws missing from the library (Art. 10): an import kept on the server
// (cms/src/console/lawprop/pending-import-handlers.ts) and law proposals decided by the justice
// reviewer (law-proposal-handlers.ts). Behind an interface so screens can be tested with a fake.
import { createContext, useContext } from 'react';
import { API_URL } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';
import { parseImportReport } from '../import/importClient';
import type { ImportRecord, ImportReport } from '../import/types';

export type ProposalState = 'proposed' | 'accepted' | 'refused';

export interface KeptMissingLaw {
  title: string;
  rows: number[];
  proposal: { id: string; state: ProposalState; opinion: string | null } | null;
}

export interface KeptReport extends ImportReport {
  importId: string;
  missingLaws: KeptMissingLaw[];
  /** Agencies the rows name that the department lacks (issue 15), accepted or not. */
  missingAgencies: { name: string; rows: number[]; accepted: boolean }[];
}

/** A kept import not yet filed (GET /console-api/power-imports). */
export interface KeptImportSummary {
  id: string;
  file: string | null;
  rows: number;
  createdAt: string;
}

export interface LawProposal {
  id: string;
  title: string;
  level: string;
  issuingBody: string | null;
  promulgatedAt: string | null;
  sheetRows: number[];
  state: ProposalState;
  opinion: string | null;
  departmentName: string;
  createdAt: string;
}

export interface ProposalInput {
  title: string;
  level: string;
  issuingBody?: string;
  promulgatedAt?: string;
  rows: number[];
  importId?: string;
}

export interface KeepRequest {
  rows: ImportRecord[];
  sheetRows: number[];
  columns: Record<string, string>;
  file: string;
  /** Missing agencies accepted for creation with the batch (issue 15). */
  agencies?: readonly string[];
}

export interface LawpropApi {
  keep(request: KeepRequest): Promise<KeptReport>;
  preview(importId: string, agencies?: readonly string[]): Promise<KeptReport>;
  submit(importId: string, reason: string, agencies?: readonly string[]): Promise<KeptReport>;
  propose(input: ProposalInput): Promise<unknown>;
  proposals(state?: ProposalState): Promise<LawProposal[]>;
  decide(id: string, decision: 'accept' | 'refuse', opinion: string): Promise<unknown>;
  keptImports(): Promise<KeptImportSummary[]>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const stateOf = (v: unknown): ProposalState => (v === 'accepted' || v === 'refused' ? v : 'proposed');

function parseMissingLaw(value: unknown): KeptMissingLaw | null {
  if (!isObject(value) || typeof value.title !== 'string') return null;
  const p = isObject(value.proposal) ? value.proposal : null;
  return {
    title: value.title,
    rows: Array.isArray(value.rows) ? value.rows.filter((n): n is number => typeof n === 'number') : [],
    proposal: p && typeof p.id === 'string' ? { id: p.id, state: stateOf(p.state), opinion: text(p.opinion) } : null,
  };
}

export function parseKeptReport(value: unknown): KeptReport {
  const report = parseImportReport(value);
  const body = isObject(value) ? value : {};
  return {
    ...report,
    importId: text(body.importId) ?? '',
    missingLaws: (Array.isArray(body.missingLaws) ? body.missingLaws : []).map(parseMissingLaw).filter((l): l is KeptMissingLaw => l !== null),
    missingAgencies: (Array.isArray(body.missingAgencies) ? body.missingAgencies : []).filter(isObject).filter((a) => typeof a.name === 'string').map((a) => ({
      name: String(a.name),
      rows: Array.isArray(a.rows) ? a.rows.filter((n): n is number => typeof n === 'number') : [],
      accepted: a.accepted === true,
    })),
  };
}

export function parseKeptImports(value: unknown): KeptImportSummary[] {
  return (Array.isArray(value) ? value : []).filter(isObject).filter((k) => typeof k.id === 'string').map((k) => ({
    id: String(k.id),
    file: text(k.file),
    rows: typeof k.rows === 'number' ? k.rows : 0,
    createdAt: text(k.createdAt) ?? '',
  }));
}

export function parseProposals(value: unknown): LawProposal[] {
  return (Array.isArray(value) ? value : []).filter(isObject).filter((p) => typeof p.id === 'string').map((p) => ({
    id: String(p.id),
    title: text(p.title) ?? '',
    level: text(p.level) ?? '',
    issuingBody: text(p.issuingBody),
    promulgatedAt: text(p.promulgatedAt),
    sheetRows: Array.isArray(p.sheetRows) ? p.sheetRows.filter((n): n is number => typeof n === 'number') : [],
    state: stateOf(p.state),
    opinion: text(p.opinion),
    departmentName: text(p.departmentName) ?? '',
    createdAt: text(p.createdAt) ?? '',
  }));
}

const post = async (path: string, body: unknown): Promise<unknown> =>
  (await httpClient(`${API_URL}/${path}`, { method: 'POST', body: JSON.stringify(body) })).json;

export const serverLawpropApi: LawpropApi = {
  keep: async (request) => parseKeptReport(await post('power-imports', request)),
  preview: async (id, agencies = []) => parseKeptReport(await post(`power-imports/${encodeURIComponent(id)}/preview`, { agencies })),
  submit: async (id, reason, agencies = []) => parseKeptReport(await post(`power-imports/${encodeURIComponent(id)}/submit`, { reason, agencies })),
  propose: (input) => post('law-proposals', input),
  proposals: async (state) => parseProposals((await httpClient(`${API_URL}/law-proposals${state ? `?state=${state}` : ''}`)).json),
  decide: (id, decision, opinion) => post(`law-proposals/${encodeURIComponent(id)}/${decision}`, { opinion }),
  keptImports: async () => parseKeptImports((await httpClient(`${API_URL}/power-imports`)).json),
};

export const LawpropApiContext = createContext<LawpropApi>(serverLawpropApi);
export const useLawpropApi = (): LawpropApi => useContext(LawpropApiContext);
