// The one document-service middleware through which every read and write of our content types
// passes, whichever route started it (console API, Strapi's /api, the admin's content manager):
// reads get the actor's scope; writes run scope checks, the regulation's rules and the audit
// record in one transaction, so a refused write leaves nothing behind.
import type { Core } from '@strapi/strapi';
import { currentActor, type Actor } from '../scope/actor';
import { isGuarded, scopeFieldOf } from '../scope/anchors';
import { ownDepartmentField } from '../scope/filters';
import { writeRowScope } from '../scope/write-row';
import type { ModelLike } from '../scope/populate';
import { recordAudit } from '../audit/record';
import { accountWrite } from '../security/account-writes';
import { isRow, type Row } from '../util/row';
import { withTrx } from '../util/trx';
import { AuditAppendOnly, RecordNotFound, ScopeForbidden } from '../store/errors';
import { AUDIT_UID } from '../audit/record';
import { RULES } from './rules';
import { refuseDeleteWithDependents } from './dependents';
import { uniqueRefusal } from './unique-violation';
import { jsonCapError, jsonCapProblems } from './json-caps';
import { checkAdminVersion } from './admin-version';
import { enforceReadableReferences } from './references';
import { loadWriteRow, modelOf, type Snapshot } from '../store/snapshot';
import { lockDocumentRows } from '../store/row-locks';
import { handBackAfterWrite, takePreRead } from '../store/pre-read';
import { READ_ACTIONS, scopeReadParams, SEALED_READS } from '../scope/read-scope';

export interface DocumentCall {
  uid: string;
  action: string;
  params: Row;
}

const tableOf = (strapi: Core.Strapi, uid: string): string | undefined => (modelOf(strapi, uid) as ModelLike & { collectionName?: string }).collectionName;

/** Locks the document's rows unless this transaction holds them already (the console's version check). */
async function lockDocument(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  const table = tableOf(strapi, uid);
  if (table) await withTrx(strapi, (trx) => lockDocumentRows(trx, table, documentId));
}

const WRITES = ['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone'];

async function guardRead(strapi: Core.Strapi, actor: Actor, call: DocumentCall, next: () => Promise<unknown>): Promise<unknown> {
  const { uid, params } = call;
  scopeReadParams(strapi, actor, uid, params);
  const result = await next();
  if (SEALED_READS.has(uid) && actor.kind === 'user' && call.action !== 'count') {
    // Art. 30 and Art. 21: each read of a sealed record is itself recorded.
    const rows = Array.isArray(result) ? result : [result];
    for (const row of rows.filter(isRow)) {
      await recordAudit(strapi, actor, { action: 'read', resource: uid, recordId: String(row.documentId), before: null, after: null });
    }
  }
  return result;
}

interface WriteHooks {
  before?: (documentId: string, before: Snapshot | null) => Promise<void>;
  after?: (documentId: string, before: Snapshot | null, after: Snapshot | null, afterRow: Row | null) => Promise<void>;
  /** The writer's scope: the document must lie in it before and after the write (one read each, with the snapshot). */
  filter?: Row | null;
  /** Populated on the after-read for the rule (RuleAdapter.afterPopulate). */
  afterPopulate?: Row;
  /** Runs once the before-state is known to be in scope, ahead of `before` (reference checks). */
  inScope?: () => Promise<void>;
  /** `after` writes nothing to the document: the read after the write is its final state (store/pre-read.ts). */
  afterKeepsRow?: boolean;
}

/** Runs a write with its before/after snapshots and the audit row, inside the caller's transaction. */
async function auditedWrite(strapi: Core.Strapi, actor: Actor, call: DocumentCall, next: () => Promise<unknown>, hooks: WriteHooks, beforeStatus?: boolean): Promise<unknown> {
  let documentId = typeof call.params.documentId === 'string' ? call.params.documentId : '';
  const filter = hooks.filter ?? null;
  // Concurrent writes of one document queue here, so each one's rules see the state the previous
  // one left (two reviewers approving at once: the second finds the list already approved).
  if (documentId) await lockDocument(strapi, call.uid, documentId);
  // The before-state, read under the lock and, for a scoped writer, through the scope filter: a
  // document outside it (or missing) is not found, as if it did not exist.
  // A caller that read the row already (the console's save) hands it down instead (store/pre-read.ts).
  const before = documentId ? (takePreRead(call.uid, documentId) ?? (await loadWriteRow(strapi, call.uid, documentId, { published: beforeStatus, filter })))?.snapshot ?? null : null;
  if (documentId && filter && !before) throw new RecordNotFound(documentId);
  await hooks.inScope?.();
  await hooks.before?.(documentId, before);
  const written = isRow(call.params.data) ? Object.keys(call.params.data) : [];
  const result = await next();
  if (!documentId && isRow(result) && typeof result.documentId === 'string') documentId = result.documentId;
  // One read after the write: the audit's snapshot, the scope check and the rule's row.
  const loaded = call.action === 'delete' ? null : await loadWriteRow(strapi, call.uid, documentId, { filter, populate: hooks.afterPopulate });
  if (filter && documentId && call.action !== 'delete' && !loaded) throw new ScopeForbidden(scopeFieldOf(call.uid));
  const after = loaded?.snapshot ?? null;
  await hooks.after?.(documentId, before, after, loaded?.row ?? null);
  await recordAudit(strapi, actor, { action: call.action, resource: call.uid, recordId: documentId, before, after });
  // The caller that handed its read down may answer from this one (console/save-answer.ts).
  if (documentId) handBackAfterWrite(call.uid, documentId, loaded && hooks.afterKeepsRow ? { loaded, written } : null);
  return result;
}

async function guardWrite(strapi: Core.Strapi, actor: Actor, call: DocumentCall, next: () => Promise<unknown>): Promise<unknown> {
  const { uid, action, params } = call;
  const rules = RULES[uid];
  const { filter, published: draftFirst } = writeRowScope(strapi, actor, uid);
  const data = isRow(params.data) ? params.data : null;
  const ownField = ownDepartmentField(uid);
  if (action === 'create' && data && ownField && actor.kind === 'user' && actor.scope.kind === 'department' && data[ownField] === undefined) {
    data[ownField] = actor.scope.departmentId;
  }
  const event = { strapi, actor, uid, action, params };
  // The draft is the version being edited when a type has drafts (draftFirst); its published twin is checked on publish.
  return auditedWrite(strapi, actor, call, next, {
    filter,
    afterPopulate: rules?.afterPopulate,
    afterKeepsRow: !rules?.after || rules.afterKeepsRow === true,
    inScope: async () => {
      if (data && actor.kind === 'user' && (action === 'create' || action === 'update')) await enforceReadableReferences(strapi, actor, data, modelOf(strapi, uid));
    },
    before: async (documentId, before) => {
      // After the row lock: nothing that refers to the document may lose it (issue 13, DECISIONS).
      if (action === 'delete') await refuseDeleteWithDependents(strapi, uid, documentId);
      if (action === 'update') await checkAdminVersion(strapi, uid, tableOf(strapi, uid), documentId);
      await rules?.before?.({ ...event, documentId, before, after: null });
    },
    after: async (documentId, before, after, afterRow) => {
      await rules?.after?.({ ...event, documentId, before, after, afterRow });
    },
  }, draftFirst);
}

const USER_UID = 'plugin::users-permissions.user';

export function registerDocumentGuards(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = context as unknown as DocumentCall;
    call.params ??= {};
    // JSON attributes have size caps, as text attributes have maxLength (issue 13): before anything is written.
    if ((call.action === 'create' || call.action === 'update') && isRow(call.params.data)) {
      const problems = jsonCapProblems(call.uid, call.params.data, (uid) => modelOf(strapi, uid));
      if (problems.length > 0) throw jsonCapError(problems);
    }
    if (call.uid === USER_UID && WRITES.includes(call.action)) {
      // Accounts are not scoped here (administrators manage them) but their changes are audited, and
      // the password policy and token revocation apply (cms/src/security/account-writes.ts).
      const actor = await currentActor(strapi);
      const account = accountWrite(strapi, actor, call.action, isRow(call.params.data) ? call.params.data : null);
      const hooks: WriteHooks = {
        ...account,
        before: async (documentId, before) => {
          if (call.action === 'update') await checkAdminVersion(strapi, USER_UID, tableOf(strapi, USER_UID), documentId);
          await account.before?.(documentId, before);
        },
      };
      return (await strapi.db.transaction(() => auditedWrite(strapi, actor, call, next, hooks))) as Awaited<ReturnType<typeof next>>;
    }
    // The trail is written by the server alone (cms/src/audit/record.ts, through the query engine).
    if (call.uid === AUDIT_UID && WRITES.includes(call.action)) throw new AuditAppendOnly();
    if (!isGuarded(call.uid)) return next();
    type Result = Awaited<ReturnType<typeof next>>;
    if (READ_ACTIONS.includes(call.action)) return (await guardRead(strapi, await currentActor(strapi), call, next)) as Result;
    if (WRITES.includes(call.action)) {
      const actor = await currentActor(strapi);
      try {
        return (await strapi.db.transaction(() => guardWrite(strapi, actor, call, next))) as Result;
      } catch (error) {
        throw uniqueRefusal(error) ?? error;
      }
    }
    return next();
  });
}
