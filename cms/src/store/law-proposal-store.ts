// Laws proposed for the legal-basis library from an import's preview (Art. 10), and the imports
// kept on the server until their laws are in (so the preview recomputes without a new upload).
// Tables of our own rather than content types: nobody edits them in the Strapi admin or the generic
// console screens; they are written only through the proposal and import endpoints, which check role,
// government and state themselves, and a content type would have needed scope anchors and permissions
// for records that live for the length of a first compilation.
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { LAW_LEVELS, type LawLevel, type LawProposalInput, type ProposalState } from '../domain/import/law-proposal';
import { asRow, isRow, type Row } from '../util/row';

export const PROPOSAL_TABLE = 'nmg_law_proposals';
export const PENDING_IMPORT_TABLE = 'nmg_pending_imports';

const knexOf = (strapi: Core.Strapi): Knex => strapi.db.connection as unknown as Knex;

export async function ensureLawProposalTables(strapi: Core.Strapi): Promise<void> {
  const knex = knexOf(strapi);
  await knex.raw(`CREATE TABLE IF NOT EXISTS ${PROPOSAL_TABLE} (
    id uuid PRIMARY KEY,
    government_id varchar(64) NOT NULL,
    department_id varchar(64) NOT NULL,
    title varchar(200) NOT NULL,
    title_key varchar(200) NOT NULL,
    level varchar(40) NOT NULL,
    issuing_body varchar(100),
    promulgated_at date,
    sheet_rows jsonb NOT NULL DEFAULT '[]',
    import_id uuid,
    state varchar(20) NOT NULL DEFAULT 'proposed',
    opinion text,
    legal_basis_id varchar(64),
    proposed_by integer NOT NULL,
    decided_by integer,
    created_at timestamptz NOT NULL DEFAULT now(),
    decided_at timestamptz
  )`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${PROPOSAL_TABLE}_gov_idx ON ${PROPOSAL_TABLE} (government_id, state)`);
  await knex.raw(`CREATE TABLE IF NOT EXISTS ${PENDING_IMPORT_TABLE} (
    id uuid PRIMARY KEY,
    department_id varchar(64) NOT NULL,
    user_id integer NOT NULL,
    file varchar(200),
    rows jsonb NOT NULL,
    sheet_rows jsonb NOT NULL,
    columns jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    adjustment_id varchar(64)
  )`);
}

export interface LawProposal {
  id: string;
  governmentId: string;
  departmentId: string;
  title: string;
  titleKey: string;
  level: LawLevel;
  issuingBody: string | null;
  promulgatedAt: string | null;
  sheetRows: number[];
  importId: string | null;
  state: ProposalState;
  opinion: string | null;
  legalBasisId: string | null;
  createdAt: string;
  decidedAt: string | null;
}

const dateText = (value: unknown): string | null => {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : null;
};
const dayText = (value: unknown): string | null => {
  if (value instanceof Date) return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  return typeof value === 'string' ? value.slice(0, 10) : null;
};
/** jsonb as the driver hands it back: parsed, or as text when Strapi's connection leaves it unparsed. */
function json(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}
const arrayOf = (value: unknown): unknown[] => {
  const parsed = json(value);
  return Array.isArray(parsed) ? parsed : [];
};
const str = (row: Row, key: string): string | null => (typeof row[key] === 'string' ? (row[key] as string) : null);

/** A stored level is one the proposal's check let in (Art. 10); any other word is a corrupted row. */
function levelOf(value: unknown): LawLevel {
  const level = LAW_LEVELS.find((l) => l === value);
  if (!level) throw new Error(`law_proposals.level: ${String(value)} is not a level of the legal-basis library`);
  return level;
}

function proposalOf(row: Row): LawProposal {
  const state = str(row, 'state');
  return {
    id: String(row.id),
    governmentId: String(row.government_id),
    departmentId: String(row.department_id),
    title: String(row.title),
    titleKey: String(row.title_key),
    level: levelOf(row.level),
    issuingBody: str(row, 'issuing_body'),
    promulgatedAt: dayText(row.promulgated_at),
    sheetRows: arrayOf(row.sheet_rows).filter((n): n is number => typeof n === 'number'),
    importId: str(row, 'import_id'),
    state: state === 'accepted' || state === 'refused' ? state : 'proposed',
    opinion: str(row, 'opinion'),
    legalBasisId: str(row, 'legal_basis_id'),
    createdAt: dateText(row.created_at) ?? '',
    decidedAt: dateText(row.decided_at),
  };
}

export interface NewProposal extends LawProposalInput {
  governmentId: string;
  departmentId: string;
  titleKey: string;
  importId: string | null;
  proposedBy: number;
}

export async function insertProposal(strapi: Core.Strapi, p: NewProposal): Promise<LawProposal> {
  const id = randomUUID();
  const rows = await knexOf(strapi)(PROPOSAL_TABLE).insert({
    id, government_id: p.governmentId, department_id: p.departmentId, title: p.title, title_key: p.titleKey, level: p.level,
    issuing_body: p.issuingBody, promulgated_at: p.promulgatedAt, sheet_rows: JSON.stringify(p.rows), import_id: p.importId, proposed_by: p.proposedBy,
  }).returning('*');
  return proposalOf(rows[0] as Row);
}

export async function findProposal(strapi: Core.Strapi, id: string, trx?: Knex.Transaction): Promise<LawProposal | null> {
  const query = (trx ?? knexOf(strapi))(PROPOSAL_TABLE).where({ id }).first();
  const row: unknown = await (trx ? query.forUpdate() : query);
  return isRow(row) ? proposalOf(row) : null;
}

export interface ProposalFilter {
  governmentId?: string;
  departmentId?: string;
  state?: ProposalState;
  titleKeys?: string[];
}

export async function listProposals(strapi: Core.Strapi, filter: ProposalFilter, limit = 500): Promise<LawProposal[]> {
  const q = knexOf(strapi)(PROPOSAL_TABLE).orderBy('created_at', 'desc').limit(limit);
  if (filter.governmentId) q.where('government_id', filter.governmentId);
  if (filter.departmentId) q.where('department_id', filter.departmentId);
  if (filter.state) q.where('state', filter.state);
  if (filter.titleKeys) q.whereIn('title_key', filter.titleKeys);
  const rows: unknown[] = await q;
  return rows.filter(isRow).map(proposalOf);
}

export async function decideProposal(trx: Knex.Transaction, id: string, state: 'accepted' | 'refused', opinion: string | null, legalBasisId: string | null, decidedBy: number): Promise<void> {
  await trx(PROPOSAL_TABLE).where({ id }).update({ state, opinion, legal_basis_id: legalBasisId, decided_by: decidedBy, decided_at: new Date() });
}

export interface PendingImport {
  id: string;
  departmentId: string;
  userId: number;
  file: string | null;
  rows: Row[];
  sheetRows: (number | null)[];
  columns: Record<string, string>;
  adjustmentId: string | null;
}

export async function insertPendingImport(strapi: Core.Strapi, p: Omit<PendingImport, 'id' | 'adjustmentId'>): Promise<string> {
  const id = randomUUID();
  await knexOf(strapi)(PENDING_IMPORT_TABLE).insert({ id, department_id: p.departmentId, user_id: p.userId, file: p.file, rows: JSON.stringify(p.rows), sheet_rows: JSON.stringify(p.sheetRows), columns: JSON.stringify(p.columns) });
  return id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids in paths are uuids; anything else is simply not found (never a database error). */
export const isRecordId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

export async function findPendingImport(strapi: Core.Strapi, id: string): Promise<PendingImport | null> {
  const row: unknown = await knexOf(strapi)(PENDING_IMPORT_TABLE).where({ id }).first();
  if (!isRow(row)) return null;
  return {
    id: String(row.id),
    departmentId: String(row.department_id),
    userId: Number(row.user_id),
    file: str(row, 'file'),
    rows: arrayOf(row.rows).filter(isRow),
    sheetRows: arrayOf(row.sheet_rows).map((n) => (typeof n === 'number' ? n : null)),
    columns: Object.fromEntries(Object.entries(asRow(json(row.columns)) ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string')),
    adjustmentId: str(row, 'adjustment_id'),
  };
}

export interface KeptImportSummary {
  id: string;
  file: string | null;
  rows: number;
  createdAt: string;
}

/** A department's kept imports not yet filed, newest first (the rows themselves stay on the server). */
export async function listPendingImports(strapi: Core.Strapi, departmentId: string, limit = 50): Promise<KeptImportSummary[]> {
  const rows: unknown[] = await knexOf(strapi)(PENDING_IMPORT_TABLE)
    .where({ department_id: departmentId }).whereNull('adjustment_id').orderBy('created_at', 'desc').limit(limit)
    .select('id', 'file', 'created_at', knexOf(strapi).raw('jsonb_array_length(rows) AS row_count'));
  return rows.filter(isRow).map((r) => ({ id: String(r.id), file: str(r, 'file'), rows: Number(r.row_count), createdAt: dateText(r.created_at) ?? '' }));
}

/** Marks the import filed, once: false when another request filed it first. */
export async function markPendingImportFiled(trx: Knex.Transaction, id: string, adjustmentId: string): Promise<boolean> {
  const n = await trx(PENDING_IMPORT_TABLE).where({ id }).whereNull('adjustment_id').update({ adjustment_id: adjustmentId });
  return Number(n) === 1;
}
