// npm run arch: dependency-cruiser's rules (.dependency-cruiser.cjs: layers, the console apart from
// the server, no module cycles), then no circle between the folders of cms/src. Fails on either.
import { spawnSync } from 'child_process';
import { folderCycles, folderEdges, type CruisedModule } from './arch/folder-cycles';
import { ROOT } from './run';

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}
interface Cruise {
  modules: CruisedModule[];
  summary: { violations: Violation[]; totalCruised: number };
}

const cruised = spawnSync('npx', ['depcruise', 'cms/src', 'admin-ui/src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
if (cruised.status === null || !cruised.stdout) throw new Error(`depcruise failed: ${cruised.stderr}`);
const result = JSON.parse(cruised.stdout) as Cruise;
let failed = false;
for (const v of result.summary.violations) {
  failed = true;
  console.error(`✘ ${v.rule.name}: ${v.from} → ${v.to}`);
}
const edges = folderEdges(result.modules, 'cms/src/');
for (const group of folderCycles(edges)) {
  failed = true;
  console.error(`✘ folders import each other: ${group.join(', ')}`);
  for (const from of group) {
    for (const [to, example] of edges.get(from) ?? []) if (group.includes(to)) console.error(`    ${from} → ${to}: ${example}`);
  }
}
if (failed) process.exit(1);
console.log(`✔ no dependency violations and no circle between folders (${result.summary.totalCruised} modules cruised)`);
