// Art. 11: an approved power adjustment changes the department's powers, in the approval's own
// transaction, and opens a new draft version of the department's list for the change to be
// reviewed and published. 新增 creates the proposed power; 取消 cancels one; 变更 marks one changed
// for editing; 下放 marks one delegated and files the 承接 request of the lower-tier department,
// whose approval creates the power there.
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { asSystem } from '../scope/actor';
import { asRow, isRow, strOf, type Row } from '../util/row';
import { WorkflowRefusal } from '../store/errors';
import { runtimeInput } from '../store/document-input';
import { COPY_POPULATE, basesData, copiedPowerData } from './copy';
import { startDraftVersion } from './new-version';

export const ADJUSTMENT = 'api::power-adjustment.power-adjustment';
const POWER = 'api::power.power';

const ADJUSTMENT_POPULATE = {
  department: { select: ['documentId', 'name'], populate: { government: { select: ['documentId', 'code', 'tier'] } } },
  targetDepartment: { select: ['documentId', 'name'], populate: { government: { select: ['code', 'tier'] } } },
  power: { populate: { ...COPY_POPULATE, department: { select: ['documentId'] } } },
  catalogueItem: { populate: { bases: COPY_POPULATE.bases } },
  legalBasis: { select: ['documentId'] },
} as const;

export async function loadAdjustment(strapi: Core.Strapi, documentId: string): Promise<Row | null> {
  const row: unknown = await strapi.db.query(ADJUSTMENT).findOne({ where: { documentId }, populate: ADJUSTMENT_POPULATE });
  return isRow(row) ? row : null;
}

const docId = (row: Row | null, key: string): string | null => strOf(asRow(row?.[key]), 'documentId');

/** The proposed power of a 新增 request (proposal fields first, the catalogue item's content after). */
export function proposedPower(adjustment: Row): Row {
  const item = asRow(adjustment.catalogueItem);
  const data: Row = {
    code: strOf(adjustment, 'proposedCode') ?? strOf(item, 'code'),
    name: strOf(adjustment, 'proposedName') ?? strOf(item, 'name'),
    subItem: strOf(item, 'subItem'),
    type: strOf(adjustment, 'proposedType') ?? strOf(item, 'type'),
    catalogueItem: strOf(item, 'documentId'),
  };
  const basis = docId(adjustment, 'legalBasis');
  data.bases = basis ? [{ kind: 'setting', legalBasis: basis, articles: strOf(adjustment, 'basisArticles') }] : basesData(item?.bases);
  // The type's responsibility steps (DOMAIN.md) to start from; the department completes the rest.
  const { types, templates } = regulationConfig().powerTypes;
  const template = templates[types.find((t) => t.key === data.type)?.template ?? ''] ?? [];
  data.steps = template.map((step) => ({ step }));
  return data;
}

async function createPower(strapi: Core.Strapi, data: Row): Promise<string> {
  const created: unknown = await strapi.documents(POWER).create({ data: runtimeInput<typeof POWER>(data) });
  return String(asRow(created)?.documentId ?? '');
}

async function updatePower(strapi: Core.Strapi, powerId: string, data: Row): Promise<void> {
  await strapi.documents(POWER).update({ documentId: powerId, data });
}

/** Applies an adjustment that was just approved (as loadAdjustment read it); returns the power it created or changed. */
export async function applyAdjustment(strapi: Core.Strapi, adjustment: Row): Promise<string | null> {
  const adjustmentId = String(adjustment.documentId);
  const kind = strOf(adjustment, 'kind');
  const departmentId = docId(adjustment, 'department');
  const power = asRow(adjustment.power);
  const powerId = strOf(power, 'documentId');
  if (!departmentId) return null;
  return asSystem(async () => {
    let applied: string | null = null;
    if (kind === 'add') {
      const data = proposedPower(adjustment);
      // Without a proposal the approval authorises the department to enter the power itself.
      if (data.code && data.name && data.type) applied = await createPower(strapi, { ...data, department: departmentId, status: 'valid', adjustment: adjustmentId, tier: strOf(asRow(asRow(adjustment.department)?.government), 'tier') });
    } else if (kind === 'undertake') {
      if (!power) throw new WorkflowRefusal('power', '承接职权须指明所承接的上级下放事项。', 'CATALOGUE_ONLY');
      applied = await createPower(strapi, { ...copiedPowerData(power), department: departmentId, status: 'undertaken', adjustment: adjustmentId, tier: strOf(asRow(asRow(adjustment.department)?.government), 'tier') });
    } else if (powerId && (kind === 'cancel' || kind === 'change' || kind === 'delegate')) {
      const status = kind === 'cancel' ? 'cancelled' : kind === 'delegate' ? 'delegated' : 'changed';
      await updatePower(strapi, powerId, { status, adjustment: adjustmentId });
      applied = powerId;
      const target = docId(adjustment, 'targetDepartment');
      if (kind === 'delegate' && target) {
        await strapi.documents(ADJUSTMENT).create({
          // proposedName: the lower tier's reviewer cannot read the upper tier's power, yet its inbox names it.
          data: { kind: 'undertake', department: target, power: powerId, proposedName: strOf(power, 'name') ?? undefined, targetDepartment: departmentId, reason: `承接${asRow(adjustment.department)?.name ?? '上级部门'}下放的“${strOf(power, 'name') ?? ''}”：${strOf(adjustment, 'reason') ?? ''}`, state: 'submitted' },
        });
      }
    }
    await strapi.documents(ADJUSTMENT).update({ documentId: adjustmentId, data: { state: 'applied', appliedPower: applied } });
    await startDraftVersion(strapi, departmentId);
    return applied;
  });
}
