// Server error codes (cms/src/console, cms/src/domain) explained for staff; the article is that of
// the Inner Mongolia Regulation on the Administrative Enforcement Responsibility System (2021).
import type { StringMap } from 'ra-core';

export const errors: StringMap = {
  BASIS_REQUIRED: 'No legal basis in force (Art. 4, 9): every power cites at least one law or regulation in force, with its article.',
  CATALOGUE_ONLY:
    'A department may not add or remove powers on its own (Art. 11): adding, cancelling, delegating or undertaking a power needs a power adjustment approved by the justice department.',
  DECOMPOSED: 'The power is not yet decomposed to agencies and posts (Art. 11).',
  RESPONSIBILITY_ASSIGNED: 'Responsibility is not yet assigned to certified officers at the posts (Art. 12).',
  LIST_COMPLETE: 'Items of the list are incomplete; it cannot be submitted (Art. 13).',
  LIST_IMMUTABLE: 'A published list version cannot be changed or deleted; create a new version instead (Art. 13).',
  DISCRETION_RANGE: 'Discretion standards are wrong (Art. 15): levels stay within the statutory range, run from light to heavy and do not overlap.',
  CERTIFIED_OFFICER: 'The officer holds no valid enforcement certificate and may not enforce at a post (Art. 19).',
  ASSESSOR_SCOPE:
    'Outside the assessor’s remit (Art. 23): a government assesses its departments and the governments one tier below; a department its agencies and officers.',
  ASSESSMENT_COMPLETE: 'All nine items of Art. 24 must be scored, each within its weight (Art. 24).',
  INTERFERENCE_SEALED: 'A record of interference is sealed once saved; nobody may change or delete it (Art. 30).',
  SCOPE_FORBIDDEN: 'This record is outside your scope.',
  ROLE_FORBIDDEN: 'Your role may not do this.',
  FORBIDDEN: 'You may not do this.',
  NOT_FOUND: 'The record does not exist or is outside your scope.',
  STALE_VERSION: 'Someone else has changed this record; reload it before editing.',
  VERSION_REQUIRED: 'The record’s version is missing; reload it before saving.',
  INVALID_BODY: 'The data sent is malformed.',
  UNKNOWN_FIELD: 'A field that does not exist was sent.',
  INVALID_FIELD: 'A field has an invalid value.',
  INVALID_FILTER: 'Invalid filter.',
  INVALID_SORT: 'Invalid sort field.',
  INVALID_RANGE: 'Invalid page range (at most 1000 rows per page).',
  INVALID_QUERY: 'Invalid query parameters.',
  RELATION_NOT_FOUND: 'A referenced record does not exist or is outside your scope.',
  UNKNOWN_RESOURCE: 'No such kind of data, or you may not use it.',
  UNAUTHENTICATED: 'You are not signed in or your session has expired; please sign in again.',
  INVALID_TRANSITION: 'This action is not possible in the current state.',
  AUDIT_READONLY: 'The audit log is written by the system; it cannot be created, changed or deleted.',
  VALIDATION: 'Validation failed; check the marked fields.',
  NOT_PUBLISHABLE: 'This kind of data has no publish action.',
  PAYLOAD_TOO_LARGE: 'The data sent is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported content type.',
  UNKNOWN: 'The server returned an unexpected error; please try again later.',
};
