// GET /console-api/schemas: the content types a user may work with, described for the console to
// build lists, filters and forms from (low-code). Labels come from the admin's content-manager
// view configuration, so a label an administrator edits in Strapi admin shows in the console too.
import type { Core } from '@strapi/strapi';
import type { AttributeLike, ModelLike } from '../scope/populate';
import { modelOf } from '../store/snapshot';
import { asRow, strOf } from '../util/row';
import type { ConsoleUser } from './auth';
import { consoleResources } from './resources';
import { regulationConfig } from '@nmg/config';
import { mayManageUsers } from './users';
import { BULK_FIELDS } from '../util/columns';

export interface FieldDescription {
  name: string;
  label: string;
  type: string;
  required: boolean;
  personal: boolean;
  enum?: string[];
  /** For relations: the console resource it points to, and whether it holds many. */
  reference?: string;
  many?: boolean;
  /** For components: the fields of one entry, and whether it repeats. */
  fields?: FieldDescription[];
  repeatable?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
}

export interface ResourceDescription {
  name: string;
  uid: string;
  label: string;
  description: string;
  mainField: string;
  draftAndPublish: boolean;
  actions: string[];
  fields: FieldDescription[];
}

const HIDDEN = new Set(['createdBy', 'updatedBy', 'localizations', 'locale', 'publishedAt', 'createdAt', 'updatedAt']);

type Labels = Record<string, string>;

async function viewLabels(strapi: Core.Strapi, key: string): Promise<{ labels: Labels; mainField: string | null }> {
  const stored: unknown = await strapi.store.get({ type: 'plugin', name: 'content_manager_configuration', key });
  const config = asRow(stored);
  const labels: Labels = {};
  const metadatas = asRow(config?.metadatas);
  for (const [field, meta] of Object.entries(metadatas ?? {})) {
    const label = strOf(asRow(asRow(meta)?.edit), 'label');
    if (label) labels[field] = label;
  }
  return { labels, mainField: strOf(asRow(config?.settings), 'mainField') };
}

export async function describeFields(strapi: Core.Strapi, model: ModelLike, labels: Labels, uidToResource: Map<string, string>): Promise<FieldDescription[]> {
  const fields: FieldDescription[] = [];
  for (const [name, attr] of Object.entries(model.attributes) as [string, AttributeLike][]) {
    if (HIDDEN.has(name) || BULK_FIELDS.has(name) || (attr.type === 'relation' && attr.mappedBy)) continue;
    const field: FieldDescription = { name, label: labels[name] ?? name, type: attr.type, required: attr.required === true, personal: attr.private === true };
    if (attr.enum) field.enum = attr.enum;
    if (attr.min !== undefined) field.min = attr.min;
    if (attr.max !== undefined) field.max = attr.max;
    if (attr.maxLength !== undefined) field.maxLength = attr.maxLength;
    if (attr.type === 'relation') {
      field.reference = uidToResource.get(attr.target ?? '') ?? attr.target;
      field.many = attr.relation === 'oneToMany' || attr.relation === 'manyToMany';
    }
    if (attr.type === 'component' && attr.component) {
      const component = modelOf(strapi, attr.component);
      const componentLabels = (await viewLabels(strapi, `components::${attr.component}`)).labels;
      field.fields = await describeFields(strapi, component, componentLabels, uidToResource);
      field.repeatable = attr.repeatable === true;
    }
    fields.push(field);
  }
  return fields;
}

/** Accounts, for administrators who manage them (see users.ts); described like any content type. */
export function usersDescription(): ResourceDescription {
  const policy = regulationConfig().security.password;
  const text = (name: string, label: string, required: boolean): FieldDescription => ({ name, label, type: 'string', required, personal: false });
  return {
    name: 'users',
    uid: 'plugin::users-permissions.user',
    label: '用户管理',
    description: '本辖区的用户账号：所属组织、角色和停用',
    mainField: 'username',
    draftAndPublish: false,
    actions: USER_ACTIONS,
    fields: [
      text('username', '用户名', true),
      { ...text('email', '电子邮箱', true), type: 'email' },
      { ...text('password', `密码（新建必填，修改时留空则不变；至少 ${policy.minLength} 位、含 ${policy.minClasses} 类字符，由管理员设置的密码须在首次登录后修改）`, false), type: 'password' },
      text('displayName', '姓名', false),
      { name: 'role', label: '角色', type: 'enumeration', required: true, personal: false, enum: regulationConfig().roles.map((r) => r.type) },
      { name: 'department', label: '所属部门', type: 'relation', required: false, personal: false, reference: 'departments', many: false },
      { name: 'government', label: '所属政府', type: 'relation', required: false, personal: false, reference: 'governments', many: false },
      { name: 'blocked', label: '已停用', type: 'boolean', required: false, personal: false },
    ],
  };
}

export const USER_ACTIONS = ['find', 'findOne', 'create', 'update'];

export async function describeResources(strapi: Core.Strapi, user: ConsoleUser): Promise<ResourceDescription[]> {
  const resources = consoleResources(strapi);
  const uidToResource = new Map(resources.map((r) => [r.uid, r.name]));
  const out: ResourceDescription[] = [];
  for (const resource of resources) {
    const actions = ['find', 'findOne', 'create', 'update', 'delete'].filter((a) => user.actions.has(`${resource.uid}.${a}`));
    if (actions.length === 0) continue;
    const model = modelOf(strapi, resource.uid) as ModelLike & { info?: { displayName?: string; description?: string }; options?: { draftAndPublish?: boolean } };
    const { labels, mainField } = await viewLabels(strapi, `content_types::${resource.uid}`);
    out.push({
      name: resource.name,
      uid: resource.uid,
      label: model.info?.displayName ?? resource.name,
      description: model.info?.description ?? '',
      mainField: mainField && mainField !== 'id' ? mainField : ['name', 'title', 'caseNumber', 'code'].find((f) => f in model.attributes) ?? 'id',
      draftAndPublish: model.options?.draftAndPublish === true,
      actions,
      fields: await describeFields(strapi, model, labels, uidToResource),
    });
  }
  if (mayManageUsers(user.actor)) out.push(usersDescription());
  return out;
}
