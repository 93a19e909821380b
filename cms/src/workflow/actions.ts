// Which workflow steps a console user may take on a list version now: the configured transitions
// out of its state that the user's role and organisation own (Art. 5, 13).
import { regulationConfig, type ListAction } from '@nmg/config';
import { assertListTransition } from '../domain';
import type { UserActor } from '../scope/actor';
import type { ListContext } from './context';

export function availableActions(actor: UserActor, list: ListContext): ListAction[] {
  const transitions = regulationConfig().workflow.listTransitions;
  return transitions
    .filter((t) => t.from === list.state)
    .filter((t) =>
      assertListTransition(
        {
          from: t.from,
          to: t.to,
          role: actor.role,
          actor: { departmentId: actor.departmentId, governmentId: actor.governmentId, supervises: actor.scope.kind === 'subtree' },
          list: { departmentId: list.department?.id ?? null, governmentId: list.government?.id ?? null },
          // Whether an opinion is needed is shown separately; it does not hide the button.
          opinion: 'x',
        },
        transitions,
      ).ok,
    )
    .map((t) => t.action as ListAction);
}

export const opinionRequiredActions = (): ListAction[] =>
  regulationConfig().workflow.listTransitions.filter((t) => t.opinionRequired).map((t) => t.action as ListAction);

/** Steps that belong to a review queue (compiling and withdrawing are not reviews). */
export const REVIEW_ACTIONS: readonly ListAction[] = ['forward', 'approve', 'return', 'publish'];
