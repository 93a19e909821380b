// The sidebar groups resources as staff think of them, not alphabetically. A resource that an
// administrator adds later lands in 系统 until it is placed here.
import { canAccess } from '../providers/canAccess';
import type { ConsolePermissions, ResourceSchema } from '../providers/types';

export interface MenuGroupDefinition {
  key: string;
  /** Shown when app.menu.groups.<key> has no translation. */
  label: string;
  resources: string[];
}

export const MENU_GROUPS: MenuGroupDefinition[] = [
  { key: 'organisation', label: '组织机构', resources: ['governments', 'departments', 'agencies', 'posts', 'officers', 'training-records'] },
  { key: 'powers', label: '执法依据与职权', resources: ['legal-bases', 'catalogue-items', 'powers', 'guidance-measures', 'power-adjustments'] },
  { key: 'lists', label: '清单', resources: ['responsibility-lists', 'adjustment-tasks', 'legal-education-lists', 'case-interpretations'] },
  {
    key: 'supervision',
    label: '监督考核',
    resources: ['assessment-plans', 'assessments', 'public-ratings', 'accountability-cases', 'major-penalty-filings', 'enforcement-records', 'interference-records', 'annual-reports', 'commendations', 'clarifications'],
  },
  { key: 'system', label: '系统', resources: ['audit-logs'] },
];

export interface MenuEntry {
  resource: string;
  label: string;
  /** 'list' when the role may list; 'create' for report-only resources (e.g. 干预执法记录 for editors). */
  target: 'list' | 'create';
}

export interface MenuGroup {
  key: string;
  label: string;
  entries: MenuEntry[];
}

export function menuGroups(schemas: ResourceSchema[], permissions: ConsolePermissions | undefined): MenuGroup[] {
  const entryOf = (schema: ResourceSchema): MenuEntry | null => {
    if (canAccess(permissions, { resource: schema.name, action: 'list' })) return { resource: schema.name, label: schema.label, target: 'list' };
    if (canAccess(permissions, { resource: schema.name, action: 'create' })) return { resource: schema.name, label: schema.label, target: 'create' };
    return null;
  };
  const placed = new Set(MENU_GROUPS.flatMap((g) => g.resources));
  const groups = MENU_GROUPS.map((group) => {
    const listed = group.resources.flatMap((name) => schemas.filter((s) => s.name === name));
    const extra = group.key === 'system' ? schemas.filter((s) => !placed.has(s.name)) : [];
    const entries = [...listed, ...extra].map(entryOf).filter((e): e is MenuEntry => e !== null);
    return { key: group.key, label: group.label, entries };
  });
  return groups.filter((g) => g.entries.length > 0);
}
