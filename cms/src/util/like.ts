// LIKE patterns from user input: the wildcards and the escape character itself match literally.

/** A LIKE pattern matching `text` literally (backslash is PostgreSQL's default escape, and `ESCAPE '\'`). */
export const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
