// Work outside a request (a script, a job, a test) that must read as a user. Strapi keeps the
// request's koa context in async storage (strapi.requestContext), and what the server reads of it is
// its `state` (the actor and user the scope applies, the console's write mark): a context carrying
// only that state is all such work needs. koa's type describes a whole request, hence the one cast.
import type { Core } from '@strapi/strapi';
import type { ParameterizedContext } from 'koa';
import type { Row } from './row';

/** Runs `work` in a request context of its own whose state is `state`. */
export const runWithRequestState = (strapi: Core.Strapi, state: Row, work: () => Promise<void>): Promise<void> =>
  strapi.requestContext.run({ state } as ParameterizedContext, work);
