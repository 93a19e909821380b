// The dashboard runs some forty counts over the user's scope; at the region tier they cover the whole
// data set, so under load the dashboard dragged every other request down (issue 17). Its answer is kept
// for a short while per scope, and dropped by any write that could change a figure:
// - every write through the database layer to a content type the dashboard reads (a lifecycle
//   subscriber bumps the generation, whatever the caller: console, jobs, Strapi admin);
// - every console request that is not a read, once it has finished (its transaction is committed),
//   which also covers the set-based writes that go through knex directly (import, workflow).
// An answer computed while a write was under way carries the generation it started with, so it is
// never served after that write: a user always sees their own write on the next dashboard.
// Writes on another instance reach this one only through the lifetime (TTL_MS).
import type { Core } from '@strapi/strapi';
import type { ConsoleUser } from './auth';

/** How long an answer may serve others' writes made on another instance or by raw SQL outside a request. */
export const DASHBOARD_TTL_MS = 10_000;
const MAX_ENTRIES = 500;

/** Types whose writes never change a figure and happen on every request or public visit. */
const IGNORED = new Set(['api::audit-log.audit-log', 'api::public-rating.public-rating']);
const WRITE_EVENTS = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

let generation = 0;

/** Called after anything that may change a dashboard figure. */
export function noteDashboardWrite(): void {
  generation += 1;
}

export const dashboardGeneration = (): number => generation;

/**
 * The figures depend on the role (which resources it may read), the scope (which rows), the tier
 * and organisation (the heading and the job table) and the day (deadlines); never on the user's id.
 */
export function dashboardScopeKey(user: ConsoleUser, today: string): string {
  const { actor } = user;
  return JSON.stringify([user.roleId, actor.role, actor.tier, actor.scope, actor.departmentId, actor.governmentId, actor.organisationName, today]);
}

interface Entry {
  generation: number;
  expires: number;
  value: Promise<unknown>;
}

export class DashboardCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs: number = DASHBOARD_TTL_MS, private readonly now: () => number = Date.now) {}

  /**
   * The cached answer for `key`, or `compute()` run once for every caller that asks meanwhile. A failed
   * computation is not kept.
   */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const at = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation && hit.expires > at) return hit.value as Promise<T>;
    const entry: Entry = { generation, expires: at + this.ttlMs, value: compute() };
    if (this.entries.size >= MAX_ENTRIES) this.prune(at);
    this.entries.set(key, entry);
    try {
      return await (entry.value as Promise<T>);
    } catch (error) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw error;
    }
  }

  private prune(at: number): void {
    for (const [key, entry] of this.entries) if (entry.generation !== generation || entry.expires <= at) this.entries.delete(key);
    // Still full of live entries (many scopes at once): start again rather than grow without bound.
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
  }
}

/** Bumps the generation on every database write to a type the dashboard may count. */
export function registerDashboardInvalidation(strapi: Core.Strapi): void {
  const bump = (event: unknown): void => {
    const uid = (event as { model?: { uid?: unknown } }).model?.uid;
    if (typeof uid === 'string' && IGNORED.has(uid)) return;
    noteDashboardWrite();
  };
  strapi.db.lifecycles.subscribe(Object.fromEntries(WRITE_EVENTS.map((e) => [e, bump])) as unknown as Parameters<typeof strapi.db.lifecycles.subscribe>[0]);
  // The scheduled jobs write their run log (and the integrity findings) with knex, past the
  // lifecycles: they announce each committed run instead (jobs/job-log.ts, 'nmg::job-run').
  strapi.eventHub.on('nmg::job-run', async () => {
    noteDashboardWrite();
  });
}
