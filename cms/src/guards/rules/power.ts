// Power writes: Art. 11 (catalogue only), Art. 4/9 (basis), Art. 15 (discretion), Art. 19 (certified officers on its posts).
import { assertBasisRequired, assertCatalogueOnly, assertDiscretionRange, isActivePower } from '../../domain';
import { asRow, isRow, relId, strOf } from '../../util/row';
import { enforce } from '../../store/errors';
import { loadPower, POWER_POPULATE, powerFacts } from '../../store/facts';
import { enforceCertifiedOnHeldPosts } from './certified';
import type { RuleAdapter, WriteEvent } from './types';
import { departmentRef, powerCodeTaken, POWER_CODE_CONSTRAINT } from '../../database/power-code-unique';
import { uniqueRefusal } from '../unique-violation';
import { withTrx } from '../../util/trx';
import { marksClearedBySave } from '../../store/save-flags';

/** Art. 11: a department's power codes are unique among its powers in force (issue 13; the database's trigger backs this up). */
async function enforcePowerCodeUnique({ strapi, action, params, before, documentId }: WriteEvent): Promise<void> {
  const data = isRow(params.data) ? params.data : null;
  if (!data || (action !== 'create' && action !== 'update')) return;
  if (action === 'update' && !('code' in data) && !('status' in data) && !('department' in data)) return;
  const pick = (key: string): unknown => (key in data ? data[key] : before?.[key]);
  // The content manager sends { connect: [], disconnect: [] } when the department stays: the stored one then.
  const department = departmentRef(pick('department')) ?? departmentRef(before?.department);
  const code = pick('code');
  const status = pick('status');
  if (!department || typeof code !== 'string') return;
  // A form save sends the whole record back: code, status and department as stored change nothing
  // the stored (unique) state did not already hold, so there is nothing to look up (issue 16).
  if (action === 'update' && before && code === before.code && status === before.status && 'documentId' in department && department.documentId === before.department) return;
  const taken = await withTrx(strapi, (trx) => powerCodeTaken(strapi, trx, { department, code, status: typeof status === 'string' ? status : null, documentId: action === 'create' ? null : documentId || null }));
  if (taken) throw uniqueRefusal({ code: '23505', constraint: POWER_CODE_CONSTRAINT }) ?? new Error('power code taken');
}

export const powerRules: RuleAdapter = {
  // The middleware's one read after the write carries what the checks below need.
  afterPopulate: POWER_POPULATE,
  // `after` below only checks (Art. 11, 4, 9, 15, 19): the row it was given stays the power's state.
  afterKeepsRow: true,
  async before(event) {
    const { actor, action, params, before } = event;
    // The server's own jobs (seed, approved adjustments) are the only path that may delete.
    if (action === 'delete' && actor.kind !== 'system') enforce(assertCatalogueOnly({ kind: 'delete' }));
    await enforcePowerCodeUnique(event);
    const data = isRow(params.data) ? params.data : null;
    if (!data || actor.kind === 'system') return;
    // Art. 10, 13: the mark is set by the server when a cited law changes; the department clears it
    // by saving the power again, which re-runs BASIS_REQUIRED against the law's new status.
    delete data.pendingAdjustment;
    if (action === 'update') for (const flag of marksClearedBySave('api::power.power', before)) data[flag] = false;
  },
  async after({ strapi, actor, action, documentId, before, afterRow }) {
    if (action === 'delete') return;
    const row = afterRow ?? (await loadPower(strapi, documentId));
    if (!row) return;
    const facts = powerFacts(row);
    const adjustmentRow = asRow(row.adjustment);
    const adjustment = adjustmentRow
      ? { id: strOf(adjustmentRow, 'documentId') ?? '', kind: strOf(adjustmentRow, 'kind') ?? '', state: strOf(adjustmentRow, 'state') ?? '', departmentId: relId(adjustmentRow, 'department'), powerId: relId(adjustmentRow, 'power') }
      : null;
    if (actor.kind !== 'system') {
      enforce(
        action === 'create'
          ? assertCatalogueOnly({ kind: 'create', departmentId: facts.departmentId, adjustment })
          : assertCatalogueOnly({
              kind: 'update',
              powerId: facts.id,
              departmentChanged: (before?.department ?? null) !== facts.departmentId,
              statusFrom: strOf(before, 'status') ?? facts.status,
              statusTo: facts.status,
              adjustment,
            }),
      );
    }
    if (!isActivePower(facts.status)) return;
    enforce(assertBasisRequired(facts.bases));
    enforce(assertDiscretionRange(facts));
    // This power is active and decomposed to these posts, so each of them holds a power (Art. 19).
    const postIds = facts.decomposition.map((d) => d.postId).filter((id): id is string => id !== null);
    await enforceCertifiedOnHeldPosts(strapi, postIds, 'decomposition');
  },
};
