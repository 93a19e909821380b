// Session tables the generator's SQL joins against: the power types with their share of the items
// (about 70% penalties, DOMAIN.md), and each responsibility template's steps and accountability
// situations (config/power-types.json, DOMAIN.md). Built once per run on the generator's connection.
import type { Client } from 'pg';
import { regulationConfig } from '@nmg/config';
import { ACCOUNTABILITY, ACCOUNTABILITY_BASIS } from './texts';

/** Share of the items per type, in thousandths (sums to 1000). */
const SHARE: Record<string, number> = {
  penalty: 700, inspection: 80, coercion: 50, licensing: 70, confirmation: 20, adjudication: 5,
  payment: 10, reward: 10, filing: 20, levy: 10, other: 25,
};

export async function createTemplateTables(client: Client): Promise<void> {
  const { powerTypes } = regulationConfig();
  let lo = 0;
  const types = powerTypes.types.map((t) => {
    const share = SHARE[t.key] ?? 0;
    const row = { type: t.key, template: t.template, short: t.shortCode, app: t.applicationBased, lo, hi: lo + share };
    lo += share;
    return row;
  });
  if (lo !== 1000) throw new Error(`type shares sum to ${lo}, expected 1000`);
  const templates = Object.entries(powerTypes.templates).map(([template, steps]) => ({
    template,
    steps,
    situations: ACCOUNTABILITY[template] ?? ACCOUNTABILITY.application,
    basis: ACCOUNTABILITY_BASIS[template] ?? ACCOUNTABILITY_BASIS.application,
  }));
  await client.query(`DROP TABLE IF EXISTS rs_type, rs_step, rs_acc, rs_tpl`);
  await client.query(
    `CREATE TEMP TABLE rs_type AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(type text, template text, short text, app boolean, lo int, hi int)`,
    [JSON.stringify(types)],
  );
  await client.query(
    `CREATE TEMP TABLE rs_step AS SELECT t.template, s.ord::int AS ord, s.step
     FROM jsonb_to_recordset($1::jsonb) AS t(template text, steps jsonb), jsonb_array_elements_text(t.steps) WITH ORDINALITY AS s(step, ord)`,
    [JSON.stringify(templates)],
  );
  await client.query(
    `CREATE TEMP TABLE rs_acc AS SELECT t.template, s.ord::int AS ord, s.situation, t.basis
     FROM jsonb_to_recordset($1::jsonb) AS t(template text, situations jsonb, basis text), jsonb_array_elements_text(t.situations) WITH ORDINALITY AS s(situation, ord)`,
    [JSON.stringify(templates)],
  );
  // The same content as JSON, for the published items' detail (ListItem's steps and accountabilities).
  await client.query(
    `CREATE TEMP TABLE rs_tpl AS
     SELECT s.template,
            (SELECT jsonb_agg(jsonb_build_object('step', x.step, 'content', '依法履行' || x.step || '职责', 'basis', NULL) ORDER BY x.ord) FROM rs_step x WHERE x.template = s.template) AS steps,
            (SELECT jsonb_agg(jsonb_build_object('situation', a.situation, 'basis', a.basis) ORDER BY a.ord) FROM rs_acc a WHERE a.template = s.template) AS accs,
            (SELECT string_agg(x.step, ' → ' ORDER BY x.ord) FROM rs_step x WHERE x.template = s.template) AS flow,
            (SELECT x.step FROM rs_step x WHERE x.template = s.template AND x.ord = 2) AS risk_step
     FROM (SELECT DISTINCT template FROM rs_step) s`,
  );
}
