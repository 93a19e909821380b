// Unique attributes (the officers' certificate numbers), judged as the row-by-row path judges them,
// set-based: a value is taken when a stored published row holds it (Strapi's check) or an earlier
// row of this import that passed holds it (under the row-by-row path that row is written by then).
// The stored values come from one query per field for all rows, not one lookup per row.
import type { Core, UID } from '@strapi/strapi';
import type { ModelLike } from '../../scope/populate';
import { chunksOf } from '../../util/chunks';
import { rowsOf } from '../../util/row';
import type { Candidate, FieldIssue } from './types';

/** Strapi's message, mapped to Chinese by the console like every other validation message. */
const NOT_UNIQUE = 'This attribute must be unique';

export const uniqueFields = (model: ModelLike): string[] =>
  Object.entries(model.attributes).filter(([, a]) => a.unique === true && a.type !== 'relation' && a.type !== 'component').map(([key]) => key);

/** A value Strapi's unique test looks up: it skips null and the empty string. */
const checked = (value: unknown): value is string | number => (typeof value === 'string' && value !== '') || typeof value === 'number';

/** The value the validator sees: its output once the row passed, else the input (strings pass through unchanged). */
const valueOf = (c: Candidate, field: string): unknown => (c.values ?? c.data)[field];

export class UniqueLedger {
  private constructor(private readonly taken: Map<string, Set<string | number>>) {}

  /** Reads, per unique field, which of the rows' values stored published rows already hold. */
  static async load(strapi: Core.Strapi, uid: string, model: ModelLike, rows: readonly Candidate[], isDraft: boolean): Promise<UniqueLedger> {
    const taken = new Map<string, Set<string | number>>();
    // Strapi checks no unique value of a draft.
    if (isDraft) return new UniqueLedger(taken);
    for (const field of uniqueFields(model)) {
      const values = [...new Set(rows.map((c) => valueOf(c, field)).filter(checked))];
      const set = new Set<string | number>();
      for (const chunk of chunksOf(values, 5000)) {
        const found: unknown = await strapi.db.query(uid as UID.Schema).findMany({ where: { [field]: { $in: chunk }, publishedAt: { $notNull: true } }, select: [field] });
        for (const r of rowsOf(found)) if (checked(r[field])) set.add(r[field] as string | number);
      }
      taken.set(field, set);
    }
    return new UniqueLedger(taken);
  }

  /** Strapi's unique problems of a row's values against what is taken so far. */
  issuesOf(c: Candidate): FieldIssue[] {
    const out: FieldIssue[] = [];
    for (const [field, set] of this.taken) {
      const value = valueOf(c, field);
      if (checked(value) && set.has(value)) out.push({ path: [field], message: NOT_UNIQUE, name: 'ValidationError', value });
    }
    return out;
  }

  /** A row that passed holds its values from now on. */
  claim(c: Candidate): void {
    for (const [field, set] of this.taken) {
      const value = valueOf(c, field);
      if (checked(value)) set.add(value);
    }
  }
}
