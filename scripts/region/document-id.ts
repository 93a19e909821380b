// A new documentId in SQL. Strapi's own are cuid2 ids: 24 lowercase characters starting with a
// letter; one starting with a digit is taken for a row id where a relation is written (the write
// then fails with "Invalid relations"), so these use letters only (md5's hex digits mapped to g–p).
export const DOCUMENT_ID_SQL = `translate(substr(md5(random()::text || clock_timestamp()::text), 1, 24), '0123456789', 'ghijklmnop')`;
