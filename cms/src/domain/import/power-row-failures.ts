// Art. 4, 9, 10, 11: every failing rule of one imported power row at once (a row with no basis and
// a bad type shows both), each with its field, code, article and Chinese message. The write path
// stops at the first refusal; this judge never stops, so a department fixes a sheet in one round.
import { ARTICLE } from '../result';

export interface PowerTypeName {
  key: string;
  name: string;
}

export interface RowFailure {
  field: string;
  code: string;
  article: string;
  message: string;
}

const LAW = '依据《内蒙古自治区行政执法责任制规定》';
const ART_10 = '第十条';

const failure = (field: string, code: string, article: string, text: string): RowFailure => ({ field, code, article, message: `${LAW}${article}，${text}` });

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

function basisFailures(bases: unknown): RowFailure[] {
  const list = Array.isArray(bases) ? bases : [];
  if (list.length === 0) return [failure('bases', 'BASIS_REQUIRED', ARTICLE.BASIS_REQUIRED, '行政执法职权必须列明至少一项法律依据及其条款。')];
  const out: RowFailure[] = [];
  list.forEach((b: unknown, i) => {
    const row = typeof b === 'object' && b !== null ? (b as Record<string, unknown>) : {};
    const law = row.legalBasis;
    if (law === undefined || law === null || law === '') out.push(failure(`bases.${i}.legalBasis`, 'BASIS_REQUIRED', ARTICLE.BASIS_REQUIRED, `第${i + 1}项依据未选择法律依据库中的法律法规。`));
    if (str(row.articles) === '') out.push(failure(`bases.${i}.articles`, 'BASIS_REQUIRED', ARTICLE.BASIS_REQUIRED, `第${i + 1}项依据未写明具体条款。`));
  });
  return out;
}

/** All the failures of one power row as the import sends it (relations as ids); never stops at the first. */
export function powerRowFailures(data: Record<string, unknown>, types: readonly PowerTypeName[]): RowFailure[] {
  const out: RowFailure[] = [];
  if (str(data.name) === '') out.push(failure('name', 'NAME_REQUIRED', ART_10, '清单事项须列明职权名称。'));
  if (str(data.code) === '') out.push(failure('code', 'CODE_REQUIRED', ART_10, '清单事项须有事项编码。'));
  const type = str(data.type);
  if (!types.some((t) => t.key === type)) {
    const shown = type === '' ? '为空' : `“${type}”不是规定的职权类型`;
    out.push(failure('type', 'TYPE_UNKNOWN', ART_10, `职权类型${shown}；可填：${types.map((t) => t.name).join('、')}。`));
  }
  out.push(...basisFailures(data.bases));
  const adjustment = data.adjustment;
  if (adjustment === undefined || adjustment === null || adjustment === '') {
    out.push(failure('adjustment', 'CATALOGUE_ONLY', ARTICLE.CATALOGUE_ONLY, '新增职权须经司法行政部门批准的“新增”职权调整；导入后可作为一次批量调整申请提交审核。'));
  }
  return out;
}
