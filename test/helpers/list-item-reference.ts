// The oracle for the list items PostgreSQL assembles (cms/src/workflow/items-sql.ts) and the facts
// the submission rules read (cms/src/store/department-facts.ts): the JavaScript builders they
// replaced, over the powers as Strapi's query engine populates them. An API test compares the two
// on the seeded departments, so the SQL keeps the shape, the order, the nulls and the defaults.
import type { Core } from '@strapi/strapi';
import type { ListItem, ListItemBasis, ListItemGuidance } from '@nmg/config';
import { ACTIVE_POWER_STATUSES } from '../../cms/src/domain';
import { asRow, isoDate, numOf, relId, rowsOf, strOf, type Row } from '../../cms/src/util/row';

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
    kind: strOf(b, 'kind') ?? 'setting', legalBasisId: strOf(law, 'documentId'), title: strOf(law, 'title'), documentNumber: strOf(law, 'documentNumber'),
    level: strOf(law, 'level'), basisStatus: strOf(law, 'status'), articles: strOf(b, 'articles'), excerpt: strOf(b, 'excerpt'),
  };
}

function itemOf(row: Row, departmentName: string, guidance: readonly ListItemGuidance[] = []): ListItem {
  return {
    powerId: strOf(row, 'documentId') ?? '', code: strOf(row, 'code') ?? '', name: strOf(row, 'name') ?? '', subItem: strOf(row, 'subItem'),
    type: strOf(row, 'type') ?? 'other', tier: strOf(row, 'tier'), status: strOf(row, 'status') ?? 'valid', departmentName,
    bases: rowsOf(row.bases).map(basisOf),
    steps: rowsOf(row.steps).map((s) => ({ step: strOf(s, 'step') ?? '', content: strOf(s, 'content'), basis: strOf(s, 'basis') })),
    accountabilities: rowsOf(row.accountabilities).map((a) => ({ situation: strOf(a, 'situation') ?? '', basis: strOf(a, 'basis') })),
    legalTimeLimit: strOf(row, 'legalTimeLimit'), promisedTimeLimit: strOf(row, 'promisedTimeLimit'), feeBasis: strOf(row, 'feeBasis'),
    consultationPhone: strOf(row, 'consultationPhone'), supervisionPhone: strOf(row, 'supervisionPhone'), serviceGuide: strOf(row, 'serviceGuide'),
    flowchart: strOf(row, 'flowchart'), statutoryMin: numOf(row, 'statutoryMin'), statutoryMax: numOf(row, 'statutoryMax'),
    discretion: rowsOf(row.discretion).map((d) => ({
      circumstance: strOf(d, 'circumstance'), level: numOf(d, 'level'), levelName: strOf(d, 'levelName'),
      penaltyKind: strOf(d, 'penaltyKind'), min: numOf(d, 'min'), max: numOf(d, 'max'), unit: strOf(d, 'unit'),
    })),
    riskPoints: rowsOf(row.riskPoints).map((r) => ({ step: strOf(r, 'step'), description: strOf(r, 'description'), level: strOf(r, 'level'), measure: strOf(r, 'measure') })),
    decomposition: rowsOf(row.decomposition).map((d) => ({ agency: strOf(asRow(d.agency), 'name'), post: strOf(asRow(d.post), 'name'), role: strOf(d, 'role') ?? 'handle' })),
    remarks: strOf(row, 'remarks'),
    ...(guidance.length > 0 ? { guidance: [...guidance] } : {}),
  };
}

async function guidanceByPower(strapi: Core.Strapi, departmentId: string): Promise<Map<string, ListItemGuidance[]>> {
  const rows: unknown = await strapi.db.query('api::guidance-measure.guidance-measure').findMany({
    where: { department: { documentId: departmentId } }, populate: { power: { select: ['documentId'] } }, orderBy: [{ id: 'asc' }],
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

/** The items as the document reads built them before issue 17. */
export async function referenceListItems(strapi: Core.Strapi, departmentId: string, departmentName: string): Promise<ListItem[]> {
  const guidance = await guidanceByPower(strapi, departmentId);
  const rows: unknown = await strapi.db.query('api::power.power').findMany({
    where: { department: { documentId: departmentId }, status: { $in: [...ACTIVE_POWER_STATUSES] } },
    populate: ITEM_POPULATE, orderBy: [{ code: 'asc' }, { id: 'asc' }],
  });
  return rowsOf(rows).map((r) => itemOf(r, departmentName, guidance.get(strOf(r, 'documentId') ?? '')));
}
