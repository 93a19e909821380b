// The first draft of a report's text (Art. 7), written from its figures in the sections offices use;
// the reporter edits it before submitting.
import type { ReportFigures } from '@nmg/config';

export function draftText(f: ReportFigures): string {
  const average = f.assessmentAverage === null ? '' : `，平均得分${f.assessmentAverage}分`;
  return [
    '一、行政执法责任制落实基本情况',
    `${f.year}年，${f.reporter}认真贯彻《内蒙古自治区行政执法责任制规定》，公布（更新）权责清单${f.publishedLists}次，办理职权调整${f.powerAdjustments}项。现有有效行政执法职权${f.activePowers}项，已分解到具体执法机构和执法岗位${f.decomposedPowers}项，分解率${f.decompositionShare}%。`,
    '二、评议考核和责任追究情况',
    `完成行政执法评议考核${f.assessments}次${average}；发生责任追究案件${f.accountabilityCases}件，已整改或办结${f.accountabilityCorrected}件。`,
    '三、执法队伍建设情况',
    `持有效行政执法证件人员${f.certifiedOfficers}人，组织执法人员培训${f.trainingSessions}人次、${f.trainingHours}学时。落实谁执法谁普法责任制，公布普法责任清单${f.legalEducationLists}份、以案释法案例${f.caseInterpretations}件。`,
    '四、重大行政处罚备案情况',
    `作出重大行政处罚决定${f.majorPenalties}件，均经法制审核和集体讨论决定；逾期备案${f.majorPenaltiesFiledLate}件，逾期未备案${f.majorPenaltiesUnfiledOverdue}件。`,
    '五、存在的问题和下一步工作打算',
    '（请填写。）',
  ].join('\n');
}

/** The title offices give the report. */
export const reportTitle = (reporter: string, year: number): string => `${reporter}关于${year}年度行政执法责任制落实情况的报告`;
