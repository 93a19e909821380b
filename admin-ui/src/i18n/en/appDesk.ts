// English texts of the clerk's desk (app.desk.*), in step with zh/appDesk.ts.
import type { StringMap } from 'ra-core';

export const deskTexts: StringMap = {
  opinion: 'Opinion',
  opinion_required: 'A refusal needs a reason; the requesting department will see it.',
  opinion_optional: 'You may add an opinion; the requesting department will see it.',
  adjustment: {
    title: 'Decision',
    waiting: 'Submitted; awaiting the decision of the justice department of this government.',
    decided: 'Decided; no further changes.',
    nothing: 'There is no step for you to take now.',
    submit: 'Submit for approval',
    submit_title: 'Submit this adjustment request?',
    submit_consequence: 'The justice department of this government decides (Art. 11); the request cannot be changed until then.',
    approve: 'Approve',
    approve_title: 'Approve this %{kind}?',
    approve_consequence: 'Takes effect at once: the catalogue of powers is adjusted and a new draft list version is started for the department. This cannot be undone.',
    approve_consequence_delegate: 'The power is marked delegated and an undertaking request goes to the receiving department, decided by its own justice department. This cannot be undone.',
    reject: 'Refuse',
    reject_title: 'Refuse this %{kind}?',
    reject_consequence: 'The request is refused and the catalogue stays as it is. Please give the reason.',
    done_approve: 'Approved; the catalogue has been adjusted.',
    done_reject: 'Refused.',
    done_submit: 'Submitted for approval.',
  },
  lists: {
    submit_title: 'Submit the list for review?',
    submit_consequence: 'The list enters review and cannot be changed until review ends.',
    forward_title: 'Forward to the justice department?',
    forward_consequence: 'The list goes to the justice department for legal review.',
    approve_title: 'Approve the list?',
    approve_consequence: 'Once approved the list may be published; it can still be returned before that.',
    publish_title: 'Publish the list?',
    publish_consequence: 'The list becomes public and this version can never change (Art. 13); only a new version can supersede it.',
  },
  assessments: {
    approve_title: 'Approve the assessment result?',
    approve_consequence: 'The scores are locked once approved.',
    publish_title: 'Make the assessment result public?',
    publish_consequence: 'The result becomes visible on the public pages and cannot be withdrawn.',
  },
};
