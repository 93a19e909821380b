// Hand-made screens that replace the generic, schema-driven ones for a resource, and the additions
// every generic list gets from the import/export modules. Everything not named here is low-code.
import type { ComponentType } from 'react';
import type { Exporter } from 'react-admin';
import { createExporter, ExportButtons } from '../export';
import { ImportButton } from '../import';
import { responsibilityLists } from '../lists';
import { powers } from '../powers';
import { officers } from '../officers';
import { majorPenaltyFilings } from '../filings';
import { annualReports } from '../reports';
import { assessments } from '../assessments';
import { accountabilityCases } from '../accountability';
import { powerAdjustments } from '../adjustments';
import { posts } from '../posts';
import { auditLogs } from '../audit';
import { UserEdit } from '../security';

export interface CustomResource {
  list?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  show?: ComponentType;
  /** Extra buttons in the generic list's toolbar for this resource only. */
  listActions?: ComponentType[];
  /** Where a click on a row of the generic list leads (default: edit where allowed, else show). */
  rowClick?: 'show' | 'edit';
}

export const customResources: Record<string, CustomResource> = {
  powers,
  // Versions are handled on their workflow screen (state, actions, history, diff).
  'responsibility-lists': responsibilityLists,
  // The officer's page carries the certificate lifecycle (Art. 19).
  officers,
  'major-penalty-filings': majorPenaltyFilings,
  'annual-reports': annualReports,
  // Assessments are scored on their sheet (nine items, pre-scores, workflow).
  assessments,
  // Cases open on their page: timeline, correction, exemption (Art. 27–29).
  'accountability-cases': accountabilityCases,
  // Adjustments are decided on their page: 批准 / 不予批准 with a confirmation (Art. 11).
  'power-adjustments': powerAdjustments,
  // A post's page lists its officers and its powers (issue 14, point 8).
  posts,
  // Actions in words, filters by person, action, record and date, export (config/security.json readers).
  'audit-logs': auditLogs,
  // An account's page shows a sign-in lockout and the button that lifts it.
  users: { edit: UserEdit },
};

export interface ListExtensions {
  /** The exporter of every generic list (all rows, .xlsx and .csv). */
  exporter?: (resource: string) => Exporter;
  /** Buttons added to every generic list's toolbar (each checks its own access). */
  actions: ComponentType[];
}

export const listExtensions: ListExtensions = {
  exporter: (resource) => createExporter(resource),
  actions: [ExportButtons, ImportButton],
};
