// The sidebar groups resources as staff think of them, not alphabetically. A resource that an
// administrator adds later lands in 系统 until it is placed here.
import { canAccess } from '../providers/canAccess';
import type { ConsolePermissions, ResourceSchema } from '../providers/types';

export interface MenuGroupDefinition {
  /** The group's name is the catalogue's app.menu.groups.<key> (src/i18n), its only source. */
  key: string;
  resources: string[];
}

export const MENU_GROUPS: MenuGroupDefinition[] = [
  { key: 'organisation', resources: ['governments', 'departments', 'agencies', 'posts', 'officers', 'training-records'] },
  { key: 'powers', resources: ['legal-bases', 'catalogue-items', 'powers', 'guidance-measures', 'power-adjustments'] },
  { key: 'lists', resources: ['responsibility-lists', 'adjustment-tasks', 'legal-education-lists', 'case-interpretations'] },
  {
    key: 'supervision',
    resources: ['assessment-plans', 'assessments', 'public-ratings', 'accountability-cases', 'major-penalty-filings', 'enforcement-records', 'interference-records', 'annual-reports', 'commendations', 'clarifications'],
  },
  { key: 'system', resources: ['audit-logs'] },
];

export interface MenuEntry {
  resource: string;
  label: string;
  /** 'list' when the role may list; 'create' for report-only resources (e.g. 干预执法记录 for editors). */
  target: 'list' | 'create';
}

export interface MenuGroup {
  key: string;
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
    return { key: group.key, entries };
  });
  return groups.filter((g) => g.entries.length > 0);
}
