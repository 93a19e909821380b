// English texts of the accountability screens (app.accountability.*); see ../zh/appAccountability.ts.
import type { StringMap } from 'ra-core';

export const accountabilityTexts: StringMap = {
  state_heading: 'State: %{state}',
  timeline: 'Timeline',
  history_empty: 'No steps recorded yet.',
  history_actor: 'By %{actor}',
  system_actor: 'System (automatic escalation)',
  history_action: { open: 'Opened', correct: 'Correction recorded', escalate: 'Escalated (overdue)', exempt: 'Exempted', close: 'Closed', 'open-escalation': 'Opened by escalation' },
  correct: 'Record correction',
  exempt: 'Due-diligence exemption',
  close: 'Close',
  confirm: 'Confirm',
  correct_title: 'Record the correction',
  corrected_at: 'Corrected on',
  correct_helper: 'No later than the deadline; an order not corrected in time is escalated to a circulated criticism automatically (第二十七条).',
  exempt_title: 'Due-diligence exemption (第二十九条)',
  exempt_helper: 'Check each criterion; every one marked required must be met, and the reasons stated.',
  checklist: 'Due-diligence checklist',
  required_mark: ' (required)',
  reasons: 'Reasons',
  reasons_helper: 'At least %{count} characters',
  overdue_notice: 'The deadline (%{date}) has passed without a recorded correction; the system will escalate the order to a circulated criticism (第二十七条).',
  escalated_notice: 'Not corrected in time: escalated by the system to a circulated criticism (第二十七条); see the follow-up case.',
  dashboard: {
    title: 'Accountability',
    figures: { casesOpen: 'Open accountability cases', ordersOverdue: 'Correction orders past their deadline', ordersEscalated: 'Correction orders escalated to circulated criticism', criticismsOpen: 'Open circulated criticisms' },
  },
};
