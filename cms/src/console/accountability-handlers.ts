// GET /console-api/accountability/criteria: what the case page needs from config/accountability.json
// — the measures (Art. 27, 28) and the due-diligence criteria of the exemption checklist (Art. 29).
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { authenticate, requirePermission } from './auth';
import type { ConsoleContext } from './handlers';

export function accountabilityHandlers(strapi: Core.Strapi) {
  return {
    async criteria(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      requirePermission(user, 'api::accountability-case.accountability-case', 'find');
      const { measures, exemption } = regulationConfig().accountability;
      ctx.body = { measures, criteria: exemption.criteria, minReasonLength: exemption.minReasonLength };
    },
  };
}
