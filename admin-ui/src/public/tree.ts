// Governments as the public browses them: the region, its leagues and cities, their banners and
// counties, keeping only the branches where some department has published a list.
import type { PublicGovernment } from './parse';

export interface GovernmentNode {
  government: PublicGovernment;
  /** Departments with a published list in this government and every government below it. */
  total: number;
  children: GovernmentNode[];
}

export function buildGovernmentTree(governments: readonly PublicGovernment[]): GovernmentNode[] {
  const byCode = new Map(governments.map((g) => [g.code, g]));
  const childrenOf = new Map<string | null, PublicGovernment[]>();
  for (const g of governments) {
    // A parent outside the answer (not sent, or the data is cut) makes the government a root.
    const parent = g.parentCode && byCode.has(g.parentCode) && g.parentCode !== g.code ? g.parentCode : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), g]);
  }
  const seen = new Set<string>();
  const build = (g: PublicGovernment): GovernmentNode | null => {
    if (seen.has(g.code)) return null; // a cycle in the data would otherwise never end
    seen.add(g.code);
    const children = (childrenOf.get(g.code) ?? [])
      .slice()
      .sort((a, b) => a.code.localeCompare(b.code))
      .map(build)
      .filter((n): n is GovernmentNode => n !== null);
    const total = g.publishedDepartments + children.reduce((sum, c) => sum + c.total, 0);
    return total > 0 ? { government: g, total, children } : null;
  };
  return (childrenOf.get(null) ?? [])
    .slice()
    .sort((a, b) => a.code.localeCompare(b.code))
    .map(build)
    .filter((n): n is GovernmentNode => n !== null);
}

/** The chain from the root to the government, for breadcrumbs (empty when unknown). */
export function governmentPath(governments: readonly PublicGovernment[], code: string): PublicGovernment[] {
  const byCode = new Map(governments.map((g) => [g.code, g]));
  const path: PublicGovernment[] = [];
  let current = byCode.get(code);
  while (current && !path.includes(current)) {
    path.unshift(current);
    current = current.parentCode ? byCode.get(current.parentCode) : undefined;
  }
  return path;
}
