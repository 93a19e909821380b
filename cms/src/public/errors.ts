// Refusals of the public API in Strapi's error shape ({ error: { status, name, message, code } })
// so that @strapi/client and other Strapi consumers read them as they read Strapi's own errors.
// Messages are Chinese (the public reads them); codes are stable for programs.

export type PublicErrorCode =
  | 'GOVERNMENT_NOT_FOUND'
  | 'DEPARTMENT_NOT_FOUND'
  | 'LIST_NOT_FOUND'
  | 'ITEM_NOT_FOUND'
  | 'ROUTE_NOT_FOUND'
  | 'INVALID_PAGE'
  | 'INVALID_PAGE_SIZE'
  | 'INVALID_QUERY'
  | 'UNKNOWN_TYPE'
  | 'UNKNOWN_FORMAT'
  | 'CERTIFICATE_NOT_FOUND'
  | 'INVALID_CERTIFICATE_NUMBER'
  | 'TOO_MANY_REQUESTS'
  | 'CLARIFICATION_NOT_FOUND';

export class PublicError extends Error {
  constructor(
    readonly status: 400 | 404 | 429,
    readonly code: PublicErrorCode,
    message: string,
    /** The query parameter at fault (400s). */
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface PublicErrorBody {
  data: null;
  error: { status: number; name: string; message: string; code: PublicErrorCode; details: { field?: string } };
}

export function errorBody(error: PublicError): PublicErrorBody {
  return {
    data: null,
    error: {
      status: error.status,
      name: error.status === 404 ? 'NotFoundError' : error.status === 429 ? 'RateLimitError' : 'ValidationError',
      message: error.message,
      code: error.code,
      details: error.field ? { field: error.field } : {},
    },
  };
}

export const notFound = {
  government: () => new PublicError(404, 'GOVERNMENT_NOT_FOUND', '未找到该人民政府。'),
  department: () => new PublicError(404, 'DEPARTMENT_NOT_FOUND', '未找到该行政执法部门。'),
  // Drafts, lists under review and withdrawn lists are not public (Art. 13): they are "not found".
  list: () => new PublicError(404, 'LIST_NOT_FOUND', '未找到已公布的权责清单。'),
  item: () => new PublicError(404, 'ITEM_NOT_FOUND', '未找到已公布的权责事项。'),
  route: () => new PublicError(404, 'ROUTE_NOT_FOUND', '公开接口中没有该地址。'),
};
