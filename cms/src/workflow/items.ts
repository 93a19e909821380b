// The content of a list version: every active power of the department with what the public list
// shows (DOMAIN.md's columns), frozen into the version's snapshot when it is submitted (Art. 13).
// Organisation units only: no officer, certificate or other personal data enters it (Art. 21).
import type { Core } from '@strapi/strapi';
import type { ListItem, ListItemBasis, ListItemGuidance } from '@nmg/config';
import { ACTIVE_POWER_STATUSES } from '../domain';
import { asRow, isoDate, numOf, relId, rowsOf, strOf, type Row } from '../util/row';

const POWER = 'api::power.power';
const GUIDANCE = 'api::guidance-measure.guidance-measure';

const ITEM_POPULATE = {
  bases: { populate: { legalBasis: { select: ['documentId', 'title', 'documentNumber', 'level', 'status'] } } },
  steps: true,
  accountabilities: true,
  discretion: true,
  riskPoints: true,
  decomposition: { populate: { agency: { select: ['name'] }, post: { select: ['name'] } } },
} as const;

function basisOf(b: Row): ListItemBasis {
  const law = asRow(b.legalBasis);
  return {
    kind: strOf(b, 'kind') ?? 'setting',
    legalBasisId: strOf(law, 'documentId'),
    title: strOf(law, 'title'),
    documentNumber: strOf(law, 'documentNumber'),
    level: strOf(law, 'level'),
    basisStatus: strOf(law, 'status'),
    articles: strOf(b, 'articles'),
    excerpt: strOf(b, 'excerpt'),
  };
}

export function itemOf(row: Row, departmentName: string, guidance: readonly ListItemGuidance[] = []): ListItem {
  return {
    powerId: strOf(row, 'documentId') ?? '',
    code: strOf(row, 'code') ?? '',
    name: strOf(row, 'name') ?? '',
    subItem: strOf(row, 'subItem'),
    type: strOf(row, 'type') ?? 'other',
    tier: strOf(row, 'tier'),
    status: strOf(row, 'status') ?? 'valid',
    departmentName,
    bases: rowsOf(row.bases).map(basisOf),
    steps: rowsOf(row.steps).map((s) => ({ step: strOf(s, 'step') ?? '', content: strOf(s, 'content'), basis: strOf(s, 'basis') })),
    accountabilities: rowsOf(row.accountabilities).map((a) => ({ situation: strOf(a, 'situation') ?? '', basis: strOf(a, 'basis') })),
    legalTimeLimit: strOf(row, 'legalTimeLimit'),
    promisedTimeLimit: strOf(row, 'promisedTimeLimit'),
    feeBasis: strOf(row, 'feeBasis'),
    consultationPhone: strOf(row, 'consultationPhone'),
    supervisionPhone: strOf(row, 'supervisionPhone'),
    serviceGuide: strOf(row, 'serviceGuide'),
    flowchart: strOf(row, 'flowchart'),
    statutoryMin: numOf(row, 'statutoryMin'),
    statutoryMax: numOf(row, 'statutoryMax'),
    discretion: rowsOf(row.discretion).map((d) => ({
      circumstance: strOf(d, 'circumstance'), level: numOf(d, 'level'), levelName: strOf(d, 'levelName'),
      penaltyKind: strOf(d, 'penaltyKind'), min: numOf(d, 'min'), max: numOf(d, 'max'), unit: strOf(d, 'unit'),
    })),
    riskPoints: rowsOf(row.riskPoints).map((r) => ({ step: strOf(r, 'step'), description: strOf(r, 'description'), level: strOf(r, 'level'), measure: strOf(r, 'measure') })),
    decomposition: rowsOf(row.decomposition).map((d) => ({ agency: strOf(asRow(d.agency), 'name'), post: strOf(asRow(d.post), 'name'), role: strOf(d, 'role') ?? 'handle' })),
    remarks: strOf(row, 'remarks'),
    // Only when there are any, so that items without measures compare equal to older snapshots.
    ...(guidance.length > 0 ? { guidance: [...guidance] } : {}),
  };
}

/** The department's non-coercive means (Art. 17) by power documentId, in the order they were recorded. */
async function guidanceByPower(strapi: Core.Strapi, departmentId: string): Promise<Map<string, ListItemGuidance[]>> {
  const rows: unknown = await strapi.db.query(GUIDANCE).findMany({
    where: { department: { documentId: departmentId } },
    populate: { power: { select: ['documentId'] } },
    orderBy: [{ id: 'asc' }],
  });
  const out = new Map<string, ListItemGuidance[]>();
  for (const g of rowsOf(rows)) {
    const power = relId(g, 'power');
    if (!power) continue;
    const entry: ListItemGuidance = {
      kind: strOf(g, 'kind') ?? 'guidance', title: strOf(g, 'title') ?? '', content: strOf(g, 'content'), conditions: strOf(g, 'conditions'),
      basis: strOf(g, 'basis'), caseDate: isoDate(g.caseDate), outcome: strOf(g, 'outcome'),
    };
    out.set(power, [...(out.get(power) ?? []), entry]);
  }
  return out;
}

const PAGE = 1000;

/** The department's active powers as list items, ordered by code (read in pages to bound memory per query). */
export async function buildListItems(strapi: Core.Strapi, departmentId: string, departmentName: string): Promise<ListItem[]> {
  const items: ListItem[] = [];
  const guidance = await guidanceByPower(strapi, departmentId);
  for (let offset = 0; ; offset += PAGE) {
    const rows: unknown = await strapi.db.query(POWER).findMany({
      where: { department: { documentId: departmentId }, status: { $in: [...ACTIVE_POWER_STATUSES] } },
      populate: ITEM_POPULATE,
      orderBy: [{ code: 'asc' }, { id: 'asc' }],
      offset,
      limit: PAGE,
    });
    const page = rowsOf(rows);
    items.push(...page.map((r) => itemOf(r, departmentName, guidance.get(strOf(r, 'documentId') ?? ''))));
    if (page.length < PAGE) return items;
  }
}
