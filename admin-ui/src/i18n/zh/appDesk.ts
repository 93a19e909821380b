// Texts of the clerk's desk (app.desk.*): confirmations of workflow steps, the adjustment decision.
// Placeholders: adjustment consequences take %{kind} (the kind of adjustment, in words).
import type { StringMap } from 'ra-core';

export const deskTexts: StringMap = {
  opinion: '意见',
  opinion_required: '不予批准须写明理由，申请部门将看到这条意见。',
  opinion_optional: '可填写审批意见，申请部门将看到这条意见。',
  adjustment: {
    title: '审批与办理',
    waiting: '已提交，等待本级司法行政部门审批。',
    decided: '已办结，不再修改。',
    nothing: '当前没有您可以办理的步骤。',
    submit: '提交审批',
    submit_title: '提交职权调整申请？',
    submit_consequence: '提交后由本级司法行政部门审批（第十一条），审批前申请内容不能再修改。',
    approve: '批准',
    approve_title: '批准这项%{kind}？',
    approve_consequence: '批准后立即生效：职权目录按申请调整，并为申请部门生成新的责任清单草稿版本。此操作不能撤销。',
    approve_consequence_delegate: '批准后该职权标为“下放”，并自动向承接部门发出承接申请，由承接部门所属政府的司法行政部门审批。此操作不能撤销。',
    reject: '不予批准',
    reject_title: '不予批准这项%{kind}？',
    reject_consequence: '申请将被退回，职权目录不变。请写明理由。',
    done_approve: '已批准，职权目录已调整。',
    done_reject: '已不予批准。',
    done_submit: '已提交审批。',
  },
  lists: {
    submit_title: '提交清单送审？',
    submit_consequence: '提交后清单进入审核流程，审核完成前不能修改。',
    forward_title: '转送上一级审核？',
    forward_consequence: '清单将转送司法行政部门进行合法性审核。',
    approve_title: '审核通过？',
    approve_consequence: '审核通过后清单可以公布；公布前仍可退回。',
    publish_title: '公布清单？',
    publish_consequence: '公布后清单向社会公开，该版本不能再修改（第十三条）；以后只能发布新版本取代它。',
  },
  assessments: {
    approve_title: '审定评议考核结果？',
    approve_consequence: '审定后分数锁定，不能再修改评分。',
    publish_title: '公开评议考核结果？',
    publish_consequence: '公开后结果在公众页面上可见，不能撤回。',
  },
};
