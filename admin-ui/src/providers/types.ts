// Shapes of what GET /console-api/me and /console-api/schemas return (cms/src/console/handlers.ts,
// schemas.ts), with guards: stored JSON is read back as `unknown` and only trusted once checked.

export const SERVER_ACTIONS = ['find', 'findOne', 'create', 'update', 'delete'] as const;
export type ServerAction = (typeof SERVER_ACTIONS)[number];

/** Resource name (plural, e.g. 'powers') → the server actions the user's role grants. */
export type ConsolePermissions = Record<string, ServerAction[]>;

export interface FieldSchema {
  name: string;
  label: string;
  type: string;
  required: boolean;
  /** Personal information (e.g. ID numbers): masked in lists by the server, shown in full on a single read. */
  personal: boolean;
  enum?: string[];
  reference?: string;
  many?: boolean;
  fields?: FieldSchema[];
  repeatable?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
}

export interface ResourceSchema {
  name: string;
  uid: string;
  label: string;
  description: string;
  mainField: string;
  draftAndPublish: boolean;
  actions: ServerAction[];
  fields: FieldSchema[];
}

export type Tier = 'region' | 'league' | 'county' | 'township';

export interface ConsoleMe {
  id: number;
  username: string;
  role: string;
  roleName: string;
  organisation: string;
  departmentId: string | null;
  governmentId: string | null;
  governmentCode: string | null;
  tier: string;
  scope: string;
  permissions: ConsolePermissions;
  /** The session's absolute end and idle limit (config/security.json), for the app bar's countdown. */
  session?: { expiresAt: string; idleMinutes: number } | null;
  /** The password must be changed before anything else (set by an administrator, or too old). */
  passwordDue?: boolean;
  /** The role must sign in with a second factor and none is set up yet: enrolment comes first. */
  secondFactorDue?: boolean;
  secondFactorEnrolled?: boolean;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const isServerAction = (value: unknown): value is ServerAction => SERVER_ACTIONS.some((a) => a === value);

export function parsePermissions(value: unknown): ConsolePermissions {
  const out: ConsolePermissions = {};
  if (!isObject(value)) return out;
  for (const [resource, actions] of Object.entries(value)) {
    if (Array.isArray(actions)) out[resource] = actions.filter(isServerAction);
  }
  return out;
}

export function parseField(value: unknown): FieldSchema | null {
  if (!isObject(value)) return null;
  const name = str(value.name);
  const type = str(value.type);
  if (!name || !type) return null;
  const field: FieldSchema = { name, type, label: str(value.label) ?? name, required: value.required === true, personal: value.personal === true };
  if (Array.isArray(value.enum)) field.enum = value.enum.filter((v): v is string => typeof v === 'string');
  const reference = str(value.reference);
  if (reference) field.reference = reference;
  if (typeof value.many === 'boolean') field.many = value.many;
  if (Array.isArray(value.fields)) field.fields = value.fields.map(parseField).filter((f): f is FieldSchema => f !== null);
  if (typeof value.repeatable === 'boolean') field.repeatable = value.repeatable;
  const min = num(value.min);
  const max = num(value.max);
  const maxLength = num(value.maxLength);
  if (min !== undefined) field.min = min;
  if (max !== undefined) field.max = max;
  if (maxLength !== undefined) field.maxLength = maxLength;
  return field;
}

export function parseSchemas(value: unknown): ResourceSchema[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): ResourceSchema[] => {
    if (!isObject(item)) return [];
    const name = str(item.name);
    if (!name) return [];
    return [{
      name,
      uid: str(item.uid) ?? name,
      label: str(item.label) ?? name,
      description: str(item.description) ?? '',
      mainField: str(item.mainField) ?? 'id',
      draftAndPublish: item.draftAndPublish === true,
      actions: Array.isArray(item.actions) ? item.actions.filter(isServerAction) : [],
      fields: Array.isArray(item.fields) ? item.fields.map(parseField).filter((f): f is FieldSchema => f !== null) : [],
    }];
  });
}

export function parseMe(value: unknown): ConsoleMe | null {
  if (!isObject(value) || typeof value.id !== 'number') return null;
  return {
    id: value.id,
    username: str(value.username) ?? '',
    role: str(value.role) ?? '',
    roleName: str(value.roleName) ?? str(value.role) ?? '',
    organisation: str(value.organisation) ?? '',
    departmentId: str(value.departmentId),
    governmentId: str(value.governmentId),
    governmentCode: str(value.governmentCode),
    tier: str(value.tier) ?? '',
    scope: str(value.scope) ?? '',
    permissions: parsePermissions(value.permissions),
    session: parseSessionLimits(value.session),
    passwordDue: value.passwordDue === true,
    secondFactorDue: value.secondFactorDue === true,
    secondFactorEnrolled: value.secondFactorEnrolled === true,
  };
}

function parseSessionLimits(value: unknown): ConsoleMe['session'] {
  if (!isObject(value)) return null;
  const expiresAt = str(value.expiresAt);
  const idleMinutes = num(value.idleMinutes);
  return expiresAt && idleMinutes !== undefined ? { expiresAt, idleMinutes } : null;
}
