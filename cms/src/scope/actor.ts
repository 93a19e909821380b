// Who is behind the current document-service call: a console/API user, a Strapi administrator,
// the public, or the server itself (seeding, jobs). Every scope and audit decision starts here.
import { AsyncLocalStorage } from 'async_hooks';
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { asRow, relId, strOf, type Row } from '../util/row';
import { loadUser } from '../store/user-row';

export type UserScope =
  | { kind: 'department'; departmentId: string }
  | { kind: 'subtree'; governmentId: string; codePrefix: string }
  | { kind: 'none' };

export interface UserActor {
  kind: 'user';
  id: number;
  username: string;
  role: string;
  tier: string | null;
  departmentId: string | null;
  governmentId: string | null;
  governmentCode: string | null;
  organisationName: string;
  scope: UserScope;
}

export type Actor = { kind: 'system' } | { kind: 'admin'; id: number; email: string } | { kind: 'public' } | UserActor;

export const SYSTEM: Actor = { kind: 'system' };

const tierPrefixLength = (tier: string | null): number =>
  regulationConfig().tiers.find((t) => t.key === tier)?.codePrefixLength ?? 12;

/** Builds the actor of a users-permissions user from the user row with role and organisation populated. */
/** The role type of a user row with its role populated (users-permissions' default when it has none). */
export const roleTypeOf = (user: Row): string => strOf(asRow(user.role), 'type') ?? 'authenticated';

export function userActorFrom(user: Row): UserActor {
  const role = roleTypeOf(user);
  const department = asRow(user.department);
  const government = asRow(user.government) ?? asRow(department?.government);
  const governmentId = strOf(government, 'documentId');
  const governmentCode = strOf(government, 'code');
  const tier = strOf(government, 'tier');
  const roleDef = regulationConfig().roles.find((r) => r.type === role);
  const departmentId = strOf(department, 'documentId');
  let scope: UserScope = { kind: 'none' };
  // A justice department supervises its government's whole subtree (Art. 5); other departments see themselves.
  const supervises = !department || (roleDef?.scope === 'subtree' && department.isJustice === true);
  if (supervises && governmentId && governmentCode) {
    scope = { kind: 'subtree', governmentId, codePrefix: governmentCode.slice(0, tierPrefixLength(tier)) };
  } else if (departmentId) {
    scope = { kind: 'department', departmentId };
  }
  return {
    kind: 'user',
    id: Number(user.id),
    username: strOf(user, 'username') ?? '',
    role,
    tier,
    departmentId,
    governmentId,
    governmentCode,
    organisationName: strOf(department, 'name') ?? strOf(government, 'name') ?? '',
    scope,
  };
}

export async function loadUserActor(strapi: Core.Strapi, id: number): Promise<UserActor | null> {
  const loaded = await loadUser(strapi, id);
  return loaded ? userActorFrom(loaded.user) : null;
}

// Work the server derives from a decision already checked (publishing a list's items, applying an
// approved adjustment) runs as the system, though a user's request started it.
const systemWork = new AsyncLocalStorage<true>();

/** Runs `work` with SYSTEM as the actor of every document-service call inside it. */
export const asSystem = <T>(work: () => Promise<T>): Promise<T> => systemWork.run(true, work);

/** The actor of the request in progress, cached on the request; SYSTEM outside requests. */
export async function currentActor(strapi: Core.Strapi): Promise<Actor> {
  if (systemWork.getStore()) return SYSTEM;
  const ctx = strapi.requestContext.get();
  if (!ctx) return SYSTEM;
  const state = ctx.state as Row;
  const cached = state.nmgActor as Actor | undefined;
  if (cached) return cached;
  const auth = asRow(state.auth);
  const strategy = strOf(asRow(auth?.strategy), 'name');
  const user = asRow(state.user);
  let actor: Actor = { kind: 'public' };
  if (strategy === 'admin' && user) actor = { kind: 'admin', id: Number(user.id), email: strOf(user, 'email') ?? '' };
  else if (strategy === 'api-token') actor = { kind: 'admin', id: 0, email: 'api-token' };
  else if (user && user.id !== undefined) actor = (await loadUserActor(strapi, Number(user.id))) ?? { kind: 'public' };
  state.nmgActor = actor;
  return actor;
}

export const actorLabel = (actor: Actor): string =>
  actor.kind === 'user' ? actor.username : actor.kind === 'admin' ? actor.email : actor.kind;

export const departmentOf = (row: Row | null): string | null => relId(row, 'department');
