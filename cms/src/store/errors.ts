// Turns a failed rule or a scope refusal into the errors Strapi answers with 400/403/404. The body
// carries the stable code, the article and the field (details.errors keyed by field) on every path.
import { errors } from '@strapi/utils';
import type { RuleResult, Violation } from '../domain';

export class RuleViolation extends errors.ValidationError {
  constructor(v: Violation) {
    super(v.message, { code: v.code, article: v.article, field: v.field, errors: { [v.field]: [v.message] }, ...(v.details ? { items: v.details } : {}) });
  }
}

/** Throws when the rule failed; nothing written in the surrounding transaction survives. */
export function enforce(result: RuleResult): void {
  if (!result.ok) throw new RuleViolation(result);
}

// A PolicyError (a ForbiddenError) because Strapi's route wrapper replaces any other ForbiddenError
// raised under a content-API route with a bare 403, dropping the code and field.
export class ScopeForbidden extends errors.PolicyError {
  constructor(field: string, message = '超出本组织的数据范围，不能创建或修改该记录。') {
    super(message, { code: 'SCOPE_FORBIDDEN', field, errors: { [field]: [message] } });
  }
}

export class RecordNotFound extends errors.NotFoundError {
  constructor(id: string) {
    super(`记录 ${id} 不存在或不在您的数据范围内。`, { code: 'NOT_FOUND', field: 'id', errors: { id: ['记录不存在或不在您的数据范围内。'] } });
  }
}

export class WorkflowRefusal extends errors.ValidationError {
  constructor(field: string, message: string, code = 'INVALID_TRANSITION') {
    super(message, { code, field, errors: { [field]: [message] } });
  }
}

/** A workflow step refused because of who asks (role) or from where (organisation): 403 on every path. */
export class WorkflowForbidden extends errors.PolicyError {
  constructor(v: Violation) {
    super(v.message, { code: v.code, article: v.article, field: v.field, errors: { [v.field]: [v.message] } });
  }
}

/** As enforce(), but a 403: for refusals about who acts or from which organisation. */
export function forbid(result: RuleResult): void {
  if (!result.ok) throw new WorkflowForbidden(result);
}

/** The audit trail takes no writes through the document service (admin, /api): it is append-only. */
export class AuditAppendOnly extends errors.PolicyError {
  constructor() {
    const message = '审计日志只能追加，不能通过界面或接口新建、修改或删除。';
    super(message, { code: 'AUDIT_APPEND_ONLY', field: 'id', errors: { id: [message] } });
  }
}
