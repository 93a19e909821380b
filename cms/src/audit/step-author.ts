// Who took a recorded step (a list version's, an assessment's, a case's history): the account, its
// role and organisation for a user; the e-mail for a Strapi administrator; the kind otherwise.
import type { Actor } from '../scope/actor';

export interface StepAuthor {
  actor: string;
  role: string | null;
  organisation: string | null;
}

export function stepAuthor(actor: Actor): StepAuthor {
  if (actor.kind === 'user') return { actor: actor.username, role: actor.role, organisation: actor.organisationName || null };
  if (actor.kind === 'admin') return { actor: actor.email, role: 'administrator', organisation: null };
  return { actor: actor.kind, role: null, organisation: null };
}
