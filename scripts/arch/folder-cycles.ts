// Circles between the folders of cms/src (issue 16: "no circle between folders"). dependency-cruiser
// finds cycles between modules; two folders can still import each other through files that form no
// cycle (guards/rules → console/batch while console/bulk → guards/references), which makes the
// folders' layers meaningless all the same. This works on the folder graph of its JSON output.

export interface CruisedModule {
  source: string;
  dependencies: { resolved: string }[];
}

/** The folder under root a file belongs to (root's own files count as their own name). */
function folderOf(path: string, root: string): string | null {
  if (!path.startsWith(root)) return null;
  return path.slice(root.length).split('/')[0] ?? null;
}

/** One example import for each folder edge, so that a failure names the files to change. */
export function folderEdges(modules: CruisedModule[], root: string): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const m of modules) {
    const from = folderOf(m.source, root);
    if (!from) continue;
    for (const d of m.dependencies) {
      const to = folderOf(d.resolved, root);
      if (!to || to === from) continue;
      const out = edges.get(from) ?? new Map<string, string>();
      if (!out.has(to)) out.set(to, `${m.source} → ${d.resolved}`);
      edges.set(from, out);
    }
  }
  return edges;
}

/** The strongly connected groups of two folders or more (Tarjan), each sorted; none when layered. */
export function folderCycles(edges: Map<string, Map<string, string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      onStack.delete(w);
      group.push(w);
      if (w === v) break;
    }
    if (group.length > 1) groups.push(group.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return groups;
}
