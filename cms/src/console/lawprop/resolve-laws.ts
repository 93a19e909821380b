// Art. 10: the laws an import cites are looked up in the legal-basis library on the server, by the
// same normalised title the duplicate check uses (《》, 中华人民共和国 prefix, revision notes, width and
// spaces ignored). The console sends a basis whose law it could not find with `lawTitle` instead of
// an id; once the law is accepted into the library, recomputing the preview finds it, so the rows
// revalidate without a new upload. A law still missing is one failure of its row, and the report
// lists it once per law with the rows citing it.
import type { Core } from '@strapi/strapi';
import type { RowFailure } from '../../domain';
import { normaliseLawTitle } from '../../domain/import/law-title';
import { isRow, rowsOf, strOf, type Row } from '../../util/row';

export const LEGAL_BASIS = 'api::legal-basis.legal-basis';

export interface LawInLibrary {
  id: string;
  title: string;
}

/** The library by normalised title; of several texts under one title, the one in force. */
export async function libraryByKey(strapi: Core.Strapi): Promise<Map<string, LawInLibrary>> {
  const laws = rowsOf(await strapi.db.query(LEGAL_BASIS).findMany({ select: ['documentId', 'title', 'status'] }));
  const byKey = new Map<string, LawInLibrary & { inForce: boolean }>();
  for (const law of laws) {
    const title = strOf(law, 'title') ?? '';
    const key = normaliseLawTitle(title);
    const inForce = law.status === 'in-force';
    const known = byKey.get(key);
    if (!known || (!known.inForce && inForce)) byKey.set(key, { id: String(law.documentId), title, inForce });
  }
  return new Map([...byKey].map(([key, { id, title }]) => [key, { id, title }]));
}

export interface MissingLawCitation {
  /** Index of the row in the import. */
  index: number;
  title: string;
  key: string;
}

export interface ResolvedRows {
  rows: Row[];
  /** Per row, the laws it cites that the library lacks. */
  missing: MissingLawCitation[][];
  /** Per row, whether every basis it had was a missing law (its BASIS_REQUIRED is then this failure). */
  onlyMissing: boolean[];
}

const lawTitleOf = (basis: Row): string => (typeof basis.lawTitle === 'string' ? basis.lawTitle.trim() : '');

export function resolveLawTitles(rows: readonly Row[], library: ReadonlyMap<string, LawInLibrary>): ResolvedRows {
  const missing: MissingLawCitation[][] = [];
  const onlyMissing: boolean[] = [];
  const resolved = rows.map((row, index) => {
    const cited: MissingLawCitation[] = [];
    if (!Array.isArray(row.bases)) {
      missing.push(cited);
      onlyMissing.push(false);
      return row;
    }
    const bases: Row[] = [];
    for (const basis of row.bases) {
      if (!isRow(basis)) continue;
      const { lawTitle: _title, ...rest } = basis;
      const title = lawTitleOf(basis);
      if (title === '' || (typeof rest.legalBasis === 'string' && rest.legalBasis !== '')) {
        bases.push(rest);
        continue;
      }
      const key = normaliseLawTitle(title);
      const found = library.get(key);
      if (found) bases.push({ ...rest, legalBasis: found.id });
      else cited.push({ index, title: title.replace(/[《》]/g, '').trim(), key });
    }
    missing.push(cited);
    onlyMissing.push(cited.length > 0 && bases.length === 0);
    return { ...row, bases };
  });
  return { rows: resolved, missing, onlyMissing };
}

/** The failure a missing law makes of its row (Art. 10). */
export function missingLawFailure(citation: MissingLawCitation): RowFailure {
  return {
    field: 'bases',
    code: 'LAW_NOT_IN_LIBRARY',
    article: '第十条',
    message: `依据《内蒙古自治区行政执法责任制规定》第十条，法律依据库尚未收录《${citation.title}》；请提请本级政府司法行政部门收录，收录后重新校验即可，无需重新上传。`,
  };
}
