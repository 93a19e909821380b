// 数据完整性 of GET /console-api/dashboard (region tier only; cms/src/console/dashboard-integrity.ts):
// the last integrity check's findings per kind, read as unknown and kept only when well-formed, in
// the shape the server writes (config/src/dashboard.ts).
import type { IntegrityFigures, IntegrityFinding } from '../../../config/src/dashboard';
import { isObject } from '../providers/types';

export type { IntegrityFigures, IntegrityFinding };

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export function parseIntegrityFigures(value: unknown): IntegrityFigures | null {
  if (!isObject(value)) return null;
  const findings = Array.isArray(value.findings)
    ? value.findings.filter(isObject).flatMap((f) => (typeof f.kind === 'string' && num(f.count) > 0
      ? [{ kind: f.kind, label: typeof f.label === 'string' ? f.label : f.kind, resource: typeof f.resource === 'string' ? f.resource : '', count: num(f.count), recordIds: Array.isArray(f.recordIds) ? f.recordIds.map(String) : [] }]
      : []))
    : [];
  return { lastRunAt: typeof value.lastRunAt === 'string' ? value.lastRunAt : null, failedChecks: num(value.failedChecks), total: findings.reduce((n, f) => n + f.count, 0), findings };
}
