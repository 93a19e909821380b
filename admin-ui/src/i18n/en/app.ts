// The console's own texts (app.*), English counterparts of zh/app.ts.
import type { StringMap } from 'ra-core';
import { dashboard } from './appDashboard';
import { importTexts } from './appImport';
import { lawpropTexts } from './appLawprop';
import { lists } from './appLists';
import { publicTexts } from './appPublic';
import { certificateTexts } from './appCertificates';
import { reportTexts } from './appReports';
import { assessmentTexts } from './appAssessments';
import { accountabilityTexts } from './appAccountability';
import { deskTexts } from './appDesk';
import { securityTexts } from './appSecurity';

export const app: StringMap = {
  title: 'Administrative Enforcement Responsibility System',
  header: {
    tier: { region: 'Autonomous region', league: 'League / city', county: 'Banner / county / district', township: 'Sumu / township' },
    organisation: 'Organisation',
    role: 'Role',
    signedInAs: 'Signed in as',
  },
  menu: {
    groups: {
      organisation: 'Organisation',
      powers: 'Legal bases and powers',
      lists: 'Responsibility lists',
      supervision: 'Supervision and assessment',
      system: 'System',
    },
    review_queue: 'Review queue',
  },
  roles: {
    'dept-editor': 'Department editor',
    'dept-head': 'Head of department',
    'justice-reviewer': 'Justice reviewer',
    'gov-admin': 'Government administrator',
    viewer: 'Supervisor (read-only)',
  },
  autocomplete: { no_options: 'No matches', open: 'Open', close: 'Close', clear: 'Clear' },
  list: { actions: 'Actions' },
  filter: { from: '%{field} from', to: '%{field} to' },
  field: {
    personal: 'Personal data: partly masked in lists, shown in full only on the detail page, and each viewing is logged',
  },
  json: {
    helper: 'Enter as JSON',
    invalid: 'Not valid JSON',
  },
  language: { label: 'Language', zh: '简体中文', en: 'English' },
  stale: {
    title: 'Someone else changed this record',
    body: 'While you were editing, someone else changed and saved this record. Reload the current version before editing; your unsaved changes will be lost.',
    reload: 'Reload',
  },
  flowchart: {
    title: 'Process flowchart of %{name}',
    heading: 'Process flowchart',
    end: 'End',
    unnamed_step: '(unnamed step)',
    empty: 'No responsibility steps yet; the chart shows only start and end.',
    download_svg: 'Download SVG',
    download_png: 'Download PNG',
    download_failed: 'The flowchart could not be downloaded. Please try again.',
  },
  import: importTexts,
  lawprop: lawpropTexts,
  export: {
    xlsx: 'Export Excel',
    csv: 'Export CSV',
    progress: 'Exporting…',
    done: '1 record exported. |||| %{smart_count} records exported.',
    failed: 'The export failed; please try again.',
    yes: 'Yes',
    no: 'No',
  },
  dashboard,
  powers: {
    fill_template: 'Fill steps from the type’s template',
    fill_template_confirm: 'Replace the responsibility steps with the template of the current power type?',
    section_basic: 'Basic information',
    section_bases: 'Legal bases',
    section_steps: 'Responsibility steps',
    section_accountability: 'Accountability',
    section_discretion: 'Discretion standards',
    section_risks: 'Integrity risk points',
    section_decomposition: 'Decomposition',
    none_recorded: 'Not filled in',
    new_needs_adjustment: 'A new power needs an "add" or "undertake" power adjustment of this department approved by the justice department (Art. 11, 13). The department has no approved adjustment to use: request one first, then create the power once it is approved.',
    new_with_adjustment: 'A new power must name an approved "add" or "undertake" adjustment of this department (Art. 11, 13). Choose it under "Adjustment" below: %{adjustments}.',
    start_adjustment: 'Request a new power (power adjustment)',
    checking_adjustments: 'Looking up the department\'s approved adjustments…',
    fill_template_removed: 'Steps of the same name keep what was entered; these steps will be removed: %{names}',
    fill_template_no_type: 'Choose the power type under Basic information first',
    articles_hint: 'Pick articles of the chosen law, or type one and press Enter; separate several with “、”',
    articles_pick_basis_first: 'Choose the law or regulation first',
    discretion_penalty_only: 'Discretion standards apply to administrative penalties only; this power type needs none.',
    decomposition_pick_department: 'Choose the responsible body under Basic information first',
    post_pick_agency_first: 'Choose the handling agency first',
  },
  transition: {
    submit: 'Submit',
    forward: 'Send to legal review',
    approve: 'Approve',
    return: 'Return',
    publish: 'Publish',
    withdraw: 'Withdraw',
  },
  lists,
  public: publicTexts,
  certificates: certificateTexts,
  reports: reportTexts,
  assessments: assessmentTexts,
  accountability: accountabilityTexts,
  representation: {
    assessment: 'Assessment %{year} (%{grade})',
    no_grade: 'not graded',
    rating: 'Public rating %{year} (%{rating} stars)',
    untitled: '(no content)',
  },
  posts: {
    officers: 'Officers on this post',
    powers: 'Powers decomposed to this post',
    none: 'None.',
    all: 'Show all %{count}',
  },
  desk: deskTexts,
  ...securityTexts,
};
