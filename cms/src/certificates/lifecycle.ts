// One step of a certificate's lifecycle (Art. 19), taken by a justice department from the console
// (or by the expiry job): checks who may take it and whether the certificate may move so, then
// writes the new status, dates and history in one document-service update (so scope, the audit trail
// and the officer's other rules apply), and flags the officer's posts with powers if the certificate
// lapsed. The row is locked first, so two concurrent steps see each other's result.
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { assertCertificateAuthority, assertCertificateTransition } from '../domain';
import { enforce, forbid } from '../store/errors';
import type { Actor } from '../scope/actor';
import { isRow, strOf, type Row } from '../util/row';
import { withTrx } from '../util/trx';
import { asCertificateStep } from './context';
import { postsOfOfficers, refreshPostFlags } from './flags';
import { historyEntry, readHistory } from './history';
import type { CertificateStepInput } from './types';

export const OFFICER = 'api::officer.officer';

/** Whether the actor works for a justice department (the only department users with subtree scope). */
export const supervisesAsJustice = (actor: Actor): boolean =>
  actor.kind === 'user' && actor.departmentId !== null && actor.scope.kind === 'subtree';

/** The steps of config/certificates.json this actor may take on a certificate in `status`. */
export function availableSteps(actor: Actor, status: string): { key: string; name: string; reasonRequired: boolean }[] {
  if (actor.kind !== 'user') return [];
  const who = { role: actor.role, tier: actor.tier, supervises: supervisesAsJustice(actor) };
  return regulationConfig().certificates.actions
    .filter((a) => (a.from as readonly string[]).includes(status) && assertCertificateAuthority(a, who).ok)
    .map((a) => ({ key: a.key, name: a.name, reasonRequired: a.reasonRequired }));
}

async function lockedOfficer(strapi: Core.Strapi, documentId: string): Promise<Row | null> {
  await withTrx(strapi, (trx) => trx('officers').where({ document_id: documentId }).forUpdate().select('id'));
  const row: unknown = await strapi.db.query(OFFICER).findOne({ where: { documentId } });
  return isRow(row) ? row : null;
}

/**
 * Takes the step; the caller has checked the officer is visible to the actor. Returns false when
 * the officer does not exist. Runs inside the caller's transaction, or its own.
 */
export async function takeCertificateStep(strapi: Core.Strapi, actor: Actor, documentId: string, input: CertificateStepInput, now: Date = new Date()): Promise<boolean> {
  const { actions } = regulationConfig().certificates;
  const today = now.toISOString().slice(0, 10);
  return withTrx(strapi, async () => {
    const officer = await lockedOfficer(strapi, documentId);
    if (!officer) return false;
    const def = actions.find((a) => a.key === input.action);
    // The Strapi administrator and the server itself are not bound to a tier; users are.
    if (def && actor.kind === 'user') forbid(assertCertificateAuthority(def, { role: actor.role, tier: actor.tier, supervises: supervisesAsJustice(actor) }));
    const from = strOf(officer, 'status') ?? 'none';
    enforce(assertCertificateTransition({ ...input, from, today }, actions));
    const to = def?.to ?? from;
    const data: Row = { status: to };
    const extra: Row = {};
    if (input.action === 'issue') {
      Object.assign(data, { certificateNumber: input.certificateNumber?.trim(), certificateIssuedAt: input.issuedAt, certificateExpiresAt: input.expiresAt, certificateReviewedAt: input.issuedAt });
      Object.assign(extra, { certificateNumber: input.certificateNumber?.trim() ?? null, expiresAt: input.expiresAt });
    }
    if (input.action === 'review') {
      data.certificateReviewedAt = today;
      if (input.expiresAt) {
        data.certificateExpiresAt = input.expiresAt;
        extra.expiresAt = input.expiresAt;
      }
    }
    if (input.enforcementCategories && (input.action === 'issue' || input.action === 'review')) data.enforcementCategories = input.enforcementCategories;
    const entry = historyEntry(actor, input.action, from, to, input.reason?.trim() || null, now, extra);
    data.certificateHistory = [...readHistory(officer.certificateHistory), entry];
    await asCertificateStep(() => strapi.documents(OFFICER).update({ documentId, data, fields: ['documentId'] }));
    await refreshPostFlags(strapi, await postsOfOfficers(strapi, [documentId]), today);
    return true;
  });
}
