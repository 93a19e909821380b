// Art. 4, 9, 10: every failing rule of a sheet row is reported at once (a row with no basis and
// an unknown type shows both), each with its column; laws the library lacks are collected once
// per law with the rows citing them, so the department proposes each law once.
import { normaliseLawTitle } from './law-title';
import { resolveTypeWord, type TypeTable } from './type-word';

export interface Citation { title: string; articles: string }
export interface RowIssue { line: number; field: string; column: string; code: string; message: string }
export interface MissingLaw { title: string; key: string; lines: number[] }

/** Splits a basis cell (one citation a line, or several 《》 on one line) into law and articles. */
export function splitCitations(cell: string): Citation[] {
  const out: Citation[] = [];
  for (const line of cell.split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
    const quoted = [...line.matchAll(/《([^》]+)》([^《]*)/g)];
    if (quoted.length > 0) {
      for (const m of quoted) out.push({ title: m[1].trim(), articles: m[2].replace(/^[、，,；;\s]+|[、，,；;\s]+$/g, '') });
    } else if (out.length > 0 && /^第/.test(line)) {
      out[out.length - 1].articles = [out[out.length - 1].articles, line].filter((a) => a !== '').join('、');
    } else {
      const at = line.search(/第[一二三四五六七八九十百千零〇0-9]+条/);
      out.push(at > 0 ? { title: line.slice(0, at).trim(), articles: line.slice(at) } : { title: line, articles: '' });
    }
  }
  return out;
}

export interface RowContext {
  types: TypeTable;
  /** Normalised titles (normaliseLawTitle) of the laws in the library. */
  libraryKeys: ReadonlySet<string>;
  /** The sheet's header text per field, to name the column in a message. */
  headers: Record<string, string>;
}

/** All the failures of one row; never stops at the first. */
export function rowIssues(line: number, values: Record<string, string>, ctx: RowContext): RowIssue[] {
  const issues: RowIssue[] = [];
  const column = (field: string): string => ctx.headers[field] ?? field;
  const add = (field: string, code: string, message: string): void => { issues.push({ line, field, column: column(field), code, message }); };
  if (!values.name) add('name', 'NAME_REQUIRED', `第${line}行“${column('name')}”为空：清单须列明职权名称（第十条）。`);
  const type = resolveTypeWord(values.type ?? '', ctx.types);
  if (!type.ok) add('type', 'TYPE_UNKNOWN', `第${line}行“${column('type')}”为“${values.type ?? ''}”，不是规定的职权类型（第十条）；可填：${type.accepted.join('、')}。`);
  const citations = splitCitations(values.basis ?? '');
  if (citations.length === 0) add('basis', 'BASIS_REQUIRED', `第${line}行“${column('basis')}”为空：行政执法职权必须列明法律依据（第四条、第九条）。`);
  for (const c of citations) {
    if (!ctx.libraryKeys.has(normaliseLawTitle(c.title))) add('basis', 'LAW_NOT_IN_LIBRARY', `第${line}行所引《${c.title}》尚未收入法律依据库，可提请司法行政部门收录（第十条）。`);
    else if (c.articles === '') add('basis', 'BASIS_REQUIRED', `第${line}行所引《${c.title}》未写明具体条款（第九条）。`);
  }
  return issues;
}

/** Laws missing from the library, once per law (by normalised title), with the rows citing each. */
export function missingLaws(rows: ReadonlyArray<{ line: number; values: Record<string, string> }>, libraryKeys: ReadonlySet<string>): MissingLaw[] {
  const byKey = new Map<string, MissingLaw>();
  for (const row of rows) {
    for (const c of splitCitations(row.values.basis ?? '')) {
      const key = normaliseLawTitle(c.title);
      if (libraryKeys.has(key)) continue;
      const entry = byKey.get(key) ?? { title: c.title, key, lines: [] };
      if (!entry.lines.includes(row.line)) entry.lines.push(row.line);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}
