// Art. 9, 10: the legal-basis library holds each law once. A law a department proposes (from the
// laws an import found missing) is refused when the library already holds it under another
// spelling (a short name, with or without 《》, with or without the 中华人民共和国 prefix), and the
// refusal names the existing entry so the rows can cite it instead.
import { findSameLaw } from './law-title';

export interface LibraryLaw {
  id: string;
  title: string;
}

export type LawDuplicateResult =
  | { ok: true }
  | { ok: false; code: 'LAW_DUPLICATE'; article: string; field: 'title'; existingId: string; message: string };

const ARTICLE = '第九条、第十条';

export function assertLawNotDuplicate(title: string, library: readonly LibraryLaw[]): LawDuplicateResult {
  const same = findSameLaw(title, library);
  if (!same) return { ok: true };
  return {
    ok: false,
    code: 'LAW_DUPLICATE',
    article: ARTICLE,
    field: 'title',
    existingId: same.id,
    message: `依据《内蒙古自治区行政执法责任制规定》${ARTICLE}，法律依据库已收录《${same.title}》，与《${title.replace(/[《》]/g, '').trim()}》为同一部法律法规，不得重复收录；请在清单中引用已收录的条目。`,
  };
}
