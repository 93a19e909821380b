// GET /console-api/header-mappings?resource=powers and PUT /console-api/header-mappings
// { resource, mappings: { header: target | null } }: the columns a department mapped by hand in the
// importer, remembered for its next sheet (issue 15). A department's own; other roles import no
// department sheet and get none.
import type { Core } from '@strapi/strapi';
import { HEADER_MAPPING_RESOURCE, recordLawpropEvent } from '../../audit/lawprop-events';
import { readHeaderMappings } from '../../domain/import/header-mapping';
import { readMappings, writeMappings } from '../../store/header-mapping-store';
import { isRow } from '../../util/row';
import { authenticate } from '../auth';
import { ConsoleError } from '../errors';
import type { ConsoleContext } from '../handlers';

export function headerMappingHandlers(strapi: Core.Strapi) {
  return {
    async read(ctx: ConsoleContext): Promise<void> {
      const { actor } = await authenticate(strapi, ctx);
      const resource = typeof ctx.query.resource === 'string' ? ctx.query.resource : '';
      if (!/^[a-z][a-z0-9-]{0,59}$/.test(resource)) throw new ConsoleError(400, 'INVALID_QUERY', '须写明导入的数据类别（resource）。', { resource: ['必填'] });
      ctx.body = { resource, mappings: actor.scope.kind === 'department' ? await readMappings(strapi, actor.scope.departmentId, resource) : {} };
    },

    async write(ctx: ConsoleContext): Promise<void> {
      const { actor } = await authenticate(strapi, ctx);
      if (actor.scope.kind !== 'department') throw new ConsoleError(403, 'ROLE_FORBIDDEN', '表头对应关系按部门保存，仅部门人员可以保存。');
      const check = readHeaderMappings(isRow(ctx.request.body) ? ctx.request.body : {});
      if (!check.ok) throw new ConsoleError(400, check.code, check.message, { [check.field]: [check.message] });
      await writeMappings(strapi, actor.scope.departmentId, check.value.resource, check.value.mappings, actor.id);
      await recordLawpropEvent(strapi, actor, { action: 'header-mapping-save', resource: HEADER_MAPPING_RESOURCE, recordId: check.value.resource, changes: { mappings: Object.fromEntries(check.value.mappings) } });
      ctx.body = { resource: check.value.resource, mappings: await readMappings(strapi, actor.scope.departmentId, check.value.resource) };
    },
  };
}
