// The region's legal bases (DOMAIN.md: about 5,000 with national laws and regulations), all in
// force so that every power citing one passes BASIS_REQUIRED (Art. 4, 9). Numbered NMG-RS-00001…,
// so that a larger fraction only adds the missing ones.
import type { Client } from 'pg';
import { LAW_FIELDS, LAW_FORMS } from './texts';
import { DOCUMENT_ID_SQL } from './document-id';

const seq = `nextval(pg_get_serial_sequence('legal_bases', 'id'))::int`;

export async function ensureLegalBases(client: Client, target: number): Promise<number> {
  const have = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM legal_bases WHERE document_number LIKE 'NMG-RS-%'`)).rows[0]?.n ?? 0);
  if (have >= target) return 0;
  const res = await client.query(
    `INSERT INTO legal_bases (id, document_id, title, level, issuing_body, document_number, promulgated_at, effective_at, status, created_at, updated_at, published_at)
     SELECT ${seq}, ${DOCUMENT_ID_SQL},
            '内蒙古自治区' || ($1::text[])[1 + i % cardinality($1::text[])] || f.form
              || CASE WHEN i >= cardinality($1::text[]) * $4 THEN '（' || (1990 + i / (cardinality($1::text[]) * $4)) || '年）' ELSE '' END,
            f.level, f.body, 'NMG-RS-' || lpad(i::text, 5, '0'), DATE '2005-01-01' + (i % 6000), DATE '2005-03-01' + (i % 6000), 'in-force', now(), now(), now()
     FROM generate_series($2::int, $3::int - 1) AS i
     CROSS JOIN LATERAL (SELECT ($5::jsonb -> ((i / cardinality($1::text[])) % $4)) AS j) x
     CROSS JOIN LATERAL (SELECT x.j ->> 'form' AS form, x.j ->> 'level' AS level, x.j ->> 'body' AS body) f`,
    [LAW_FIELDS, have, target, LAW_FORMS.length, JSON.stringify(LAW_FORMS)],
  );
  return res.rowCount ?? 0;
}
