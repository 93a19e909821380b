// The production gate of the project scripts: checked before anything is built or started, so an
// unsafe production start fails in a second with one message naming each variable.
import { isProduction, productionProblems, productionRefusal } from '../cms/src/server/secrets';

export const production = (): boolean => isProduction(process.env);

/** Exits with status 1 and the refusal when NODE_ENV=production and a secret or DATABASE_URL is unsafe. */
export function refuseUnsafeProduction(): void {
  if (!production()) return;
  const problems = productionProblems(process.env);
  if (problems.length === 0) return;
  console.error(productionRefusal(problems));
  process.exit(1);
}

/** Demo and benchmark data generators have no place in a production database. */
export function refuseInProduction(command: string): void {
  if (!production()) return;
  console.error(`拒绝在生产模式 (NODE_ENV=production) 下运行 ${command}：它写入演示数据。\nRefusing to run ${command} with NODE_ENV=production: it writes demo data.`);
  process.exit(1);
}
