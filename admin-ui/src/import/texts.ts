// The importer's texts: the app.import.* keys it asks for by name. Their wording lives only in the
// catalogues (src/i18n/zh/appImport.ts, en/appImport.ts); src/i18n/messages.test.ts checks that both
// carry every key listed here.
import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

export const IMPORT_TEXTS = [
  'button', 'dialog_title', 'choose_file', 'file_hint', 'file_chosen', 'reading', 'mapping', 'header',
  'sample', 'target', 'target_for', 'not_imported', 'unknown_header', 'duplicate_header', 'unknown_headers',
  'validate', 'validating', 'resolving', 'progress', 'row', 'column', 'rule', 'message', 'whole_row',
  'errors_found', 'all_passed', 'shown_first', 'confirm', 'done', 'missing_laws', 'missing_law_rows',
  'batch_ready', 'batch_submit', 'batch_title', 'batch_consequence', 'batch_reason', 'batch_reason_hint',
  'batch_cancel', 'batch_done', 'batch_refused', 'rows_title', 'rows_label', 'rows_sheet_row', 'rows_action',
  'rows_code', 'rows_name', 'rows_type', 'rows_bases', 'action_add', 'action_change', 'nothing_written',
  'too_many_rows', 'too_large', 'no_rows', 'no_mapping', 'failed', 'report_label', 'mapping_label',
] as const;

export type ImportTextKey = (typeof IMPORT_TEXTS)[number];


/** Codes of the client-side checks, texts at app.import.problem.<CODE>; server codes use errors.<CODE>. */
export const PROBLEM_CODES = ['INVALID_VALUE', 'REFERENCE_NOT_FOUND', 'REFERENCE_AMBIGUOUS', 'DUPLICATE_CODE', 'ORPHAN_BASIS'] as const;

/** Virtual targets' keys under app.import.targets.* (dots would nest in polyglot). */
export const TARGET_TEXT_KEYS: Record<string, string> = {
  'accountabilities.basis': 'accountability_basis',
  'decomposition.agency': 'decomposition_agency',
  department: 'department',
};

export type ImportText = (key: ImportTextKey, options?: Record<string, unknown>) => string;

export function useImportText(): ImportText {
  const translate = useTranslate();
  return useCallback((key, options = {}) => translate(`app.import.${key}`, options), [translate]);
}
