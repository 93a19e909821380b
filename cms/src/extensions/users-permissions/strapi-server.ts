// Every user belongs to exactly one organisation: a department or a government (ARCHITECTURE.md, roles).
// The account's security state (lockout, token version, password history) lives on the user too, and
// sign-in, token checks and role changes are wrapped for the level-3 controls (cms/src/security).
import type { Core } from '@strapi/strapi';
import { SECURITY_ATTRIBUTES } from '../../security/user-columns';
import { guardedSignIn, reissuingToken, type AuthControllerContext } from '../../security/sign-in';
import { sessionCheckedJwt, type JwtService } from '../../security/jwt-service';
import { auditedRoleService, type RoleService } from '../../security/role-audit';

type Factory<T> = (deps: { strapi: Core.Strapi }) => T;
type AuthAction = (ctx: AuthControllerContext) => Promise<unknown>;

interface PluginShape {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
  controllers: { auth: Factory<Record<string, AuthAction>> };
  services: { jwt: Factory<JwtService>; role: Factory<RoleService> };
}

export default (plugin: PluginShape): PluginShape => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    department: { type: 'relation', relation: 'manyToOne', target: 'api::department.department' },
    government: { type: 'relation', relation: 'manyToOne', target: 'api::government.government' },
    displayName: { type: 'string', maxLength: 50 },
    ...SECURITY_ATTRIBUTES,
  });
  const auth = plugin.controllers.auth;
  plugin.controllers.auth = ({ strapi }) => {
    const actions = auth({ strapi });
    const wrap = (name: string, wrapper: (s: Core.Strapi, a: AuthAction) => AuthAction) => {
      const original = actions[name];
      if (original) actions[name] = wrapper(strapi, original.bind(actions));
    };
    wrap('callback', guardedSignIn);
    for (const name of ['changePassword', 'resetPassword', 'register', 'emailConfirmation']) wrap(name, reissuingToken);
    return actions;
  };
  const jwt = plugin.services.jwt;
  plugin.services.jwt = ({ strapi }) => sessionCheckedJwt(strapi, jwt({ strapi }));
  const role = plugin.services.role;
  plugin.services.role = ({ strapi }) => auditedRoleService(strapi, role({ strapi }));
  return plugin;
};
