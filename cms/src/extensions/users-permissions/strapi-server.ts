// Every user belongs to exactly one organisation: a department or a government (ARCHITECTURE.md, roles).
interface PluginShape {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
}

export default (plugin: PluginShape): PluginShape => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    department: { type: 'relation', relation: 'manyToOne', target: 'api::department.department' },
    government: { type: 'relation', relation: 'manyToOne', target: 'api::government.government' },
    displayName: { type: 'string', maxLength: 50 },
  });
  return plugin;
};
