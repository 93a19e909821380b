// Art. 7: the annual report as offices file it: a minimal WordprocessingML document (.docx) with the
// document number (文号), the title, the receiving bodies (主送), the text by section, a table of the
// year's figures, the reporter and the date. Fonts follow the usual layout of official documents
// (GB/T 9704: 方正小标宋 title, 黑体 headings, 仿宋 text), falling back to whatever Word has.
import JSZip from 'jszip';
import type { ReportFigures } from '@nmg/config';

export interface DocxReport {
  documentNumber: string | null;
  title: string;
  receivers: string[];
  content: string;
  figures: ReportFigures | null;
  reporter: string;
  date: string;
}

/** The figures' rows of the table, in Chinese, in the order offices list them. */
export function figureRows(f: ReportFigures): [string, string][] {
  const n = (v: number | null, unit = ''): string => (v === null ? '—' : `${v}${unit}`);
  return [
    ['公布（更新）权责清单', n(f.publishedLists, ' 次')],
    ['办理职权调整', n(f.powerAdjustments, ' 项')],
    ['有效行政执法职权', n(f.activePowers, ' 项')],
    ['已分解到执法机构和岗位的职权', n(f.decomposedPowers, ' 项')],
    ['职权分解率', n(f.decompositionShare, '%')],
    ['完成评议考核', n(f.assessments, ' 次')],
    ['评议考核平均得分', n(f.assessmentAverage, ' 分')],
    ['责任追究案件', n(f.accountabilityCases, ' 件')],
    ['其中已整改或办结', n(f.accountabilityCorrected, ' 件')],
    ['执法人员培训', n(f.trainingSessions, ' 人次')],
    ['培训学时', n(f.trainingHours, ' 学时')],
    ['持有效行政执法证件人员', n(f.certifiedOfficers, ' 人')],
    ['重大行政处罚决定', n(f.majorPenalties, ' 件')],
    ['其中逾期备案', n(f.majorPenaltiesFiledLate, ' 件')],
    ['逾期未备案', n(f.majorPenaltiesUnfiledOverdue, ' 件')],
    // Reports computed before 普法 was counted carry no such figure: shown as —.
    ['公布普法责任清单', n(f.legalEducationLists ?? null, ' 份')],
    ['公布以案释法案例', n(f.caseInterpretations ?? null, ' 件')],
  ];
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const FONTS = { title: '方正小标宋简体', heading: '黑体', body: '仿宋_GB2312' };

function run(text: string, font: string, halfPoints: number, bold = false): string {
  const b = bold ? '<w:b/>' : '';
  return `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}"/>${b}<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/></w:rPr><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

function paragraph(text: string, options: { font?: string; size?: number; align?: 'center' | 'right' | 'both'; indent?: boolean; bold?: boolean } = {}): string {
  const { font = FONTS.body, size = 32, align = 'both', indent = false, bold = false } = options;
  const ind = indent ? '<w:ind w:firstLineChars="200" w:firstLine="640"/>' : '';
  return `<w:p><w:pPr><w:jc w:val="${align}"/><w:spacing w:line="560" w:lineRule="exact"/>${ind}</w:pPr>${run(text, font, size, bold)}</w:p>`;
}

const SECTION = /^[一二三四五六七八九十]+、/;

function table(rows: [string, string][]): string {
  const cell = (text: string, width: number, bold = false): string =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run(text, FONTS.body, 28, bold)}</w:p></w:tc>`;
  const border = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
  const header = `<w:tr>${cell('项目', 5000, true)}${cell('数量', 3800, true)}</w:tr>`;
  const body = rows.map(([k, v]) => `<w:tr>${cell(k, 5000)}${cell(v, 3800)}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="8800" w:type="dxa"/><w:jc w:val="center"/>${borders}</w:tblPr><w:tblGrid><w:gridCol w:w="5000"/><w:gridCol w:w="3800"/></w:tblGrid>${header}${body}</w:tbl>`;
}

export function documentXml(r: DocxReport): string {
  const parts: string[] = [];
  if (r.documentNumber) parts.push(paragraph(r.documentNumber, { align: 'center' }));
  parts.push(paragraph(''));
  parts.push(paragraph(r.title, { font: FONTS.title, size: 44, align: 'center' }));
  parts.push(paragraph(''));
  if (r.receivers.length > 0) parts.push(paragraph(`${r.receivers.join('、')}：`));
  for (const line of r.content.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '')) {
    parts.push(SECTION.test(line) ? paragraph(line, { font: FONTS.heading, indent: true }) : paragraph(line, { indent: true }));
  }
  if (r.figures) {
    parts.push(paragraph(`附：${r.figures.year}年度行政执法责任制落实情况统计表`, { font: FONTS.heading }));
    parts.push(table(figureRows(r.figures)));
  }
  parts.push(paragraph(''));
  parts.push(paragraph(r.reporter, { align: 'right' }));
  parts.push(paragraph(r.date, { align: 'right' }));
  const page = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${parts.join('')}${page}</w:body></w:document>`;
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export async function reportDocx(r: DocxReport): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.folder('_rels')?.file('.rels', RELS);
  zip.folder('word')?.file('document.xml', documentXml(r));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
