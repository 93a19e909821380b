// zh-Hans texts Strapi does not ship for users & permissions (@strapi/plugin-users-permissions), where administrators configure the roles.
// Generated from the keys of its English catalogue that its zh-Hans catalogue lacks, then translated
// for government staff; test/unit/admin/translations.test.ts fails when Strapi adds a key.
export const usersPermissionsZh: Record<string, string> = {
  'users-permissions.Email.template.reset_password': '重置密码',
  'users-permissions.Settings.roles.created': '角色已创建',
};
