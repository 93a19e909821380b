// Defaults of a new power: in force (status valid, the content type's default) and belonging to
// the signed-in user's department and tier, which is what a department editor creates nearly always.
import { tiers } from '../../../config/src/console';

/** What the defaults need from GET /console-api/me (the stored session's `me`). */
export interface MeFacts {
  departmentId: string | null;
  tier: string | null;
}

const POWER_TIERS: ReadonlySet<string> = new Set(tiers.map((t) => t.key));

export interface NewPowerDefaults {
  status: 'valid';
  department?: string;
  tier?: string;
  bases: never[];
  steps: never[];
}

export function newPowerDefaults(me: MeFacts | null | undefined): NewPowerDefaults {
  const departmentId = me?.departmentId;
  const tier = me?.tier;
  return {
    status: 'valid',
    // A government-level user (gov-admin) has no department of their own: they choose one.
    ...(departmentId ? { department: departmentId } : {}),
    ...(tier && POWER_TIERS.has(tier) ? { tier } : {}),
    bases: [],
    steps: [],
  };
}
