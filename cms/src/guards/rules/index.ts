import { adjustmentTaskRules, publishedItemRules } from './adjustment-task';
import { assessmentRules } from './assessment';
import { catalogueItemRules } from './catalogue-item';
import { legalBasisRules } from './legal-basis';
import { officerRules } from './officer';
import { postRules } from './post';
import { powerRules } from './power';
import { powerAdjustmentRules } from './power-adjustment';
import { responsibilityListRules } from './responsibility-list';
import { auditLogRules, interferenceRules } from './sealed';
import type { RuleAdapter } from './types';
import { majorPenaltyFilingRules } from './major-penalty-filing';
import { annualReportRules } from './annual-report';
import { assessmentPlanRules } from './assessment-plan';
import { publicRatingRules } from './public-rating';
import { accountabilityCaseRules } from './accountability-case';
import { clarificationRules } from './clarification';
import { enforcementRecordRules } from './enforcement-record';
import { guidanceMeasureRules } from './guidance-measure';
import { caseInterpretationRules, educationListRules } from './legal-education';

/** The rule adapters that run on writes of each content type. */
export const RULES: Record<string, RuleAdapter> = {
  'api::power.power': powerRules,
  'api::power-adjustment.power-adjustment': powerAdjustmentRules,
  'api::officer.officer': officerRules,
  'api::post.post': postRules,
  'api::responsibility-list.responsibility-list': responsibilityListRules,
  'api::assessment.assessment': assessmentRules,
  'api::catalogue-item.catalogue-item': catalogueItemRules,
  'api::interference-record.interference-record': interferenceRules,
  'api::audit-log.audit-log': auditLogRules,
  'api::legal-basis.legal-basis': legalBasisRules,
  'api::adjustment-task.adjustment-task': adjustmentTaskRules,
  'api::published-item.published-item': publishedItemRules,
  'api::major-penalty-filing.major-penalty-filing': majorPenaltyFilingRules,
  'api::annual-report.annual-report': annualReportRules,
  'api::assessment-plan.assessment-plan': assessmentPlanRules,
  'api::public-rating.public-rating': publicRatingRules,
  'api::accountability-case.accountability-case': accountabilityCaseRules,
  'api::clarification.clarification': clarificationRules,
  'api::enforcement-record.enforcement-record': enforcementRecordRules,
  'api::guidance-measure.guidance-measure': guidanceMeasureRules,
  'api::legal-education-list.legal-education-list': educationListRules,
  'api::case-interpretation.case-interpretation': caseInterpretationRules,
};
