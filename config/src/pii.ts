// Personal information at rest (Art. 21; GB/T 22239-2019 8.1.4.8 confidentiality of stored data):
// which attributes are encrypted, and with which cipher profile. "international" is AES-256-GCM,
// "guomi" (国密) is SM4-CBC with an HMAC-SM3 tag, both from node's own OpenSSL.
import { readFileSync } from 'fs';
import { join } from 'path';
import { z } from 'zod';

export const piiFile = z.object({
  profile: z.enum(['international', 'guomi']),
  /** Content-type uid → its attributes stored encrypted (each must be a string attribute). */
  fields: z.record(z.string(), z.array(z.string()).min(1)),
}).strict();
export type PiiFile = z.infer<typeof piiFile>;

/** Reads and validates config/pii.json from `dir` (the same directory as the other config files). */
export function loadPiiConfig(dir: string): PiiFile {
  const path = join(dir, 'pii.json');
  const parsed = piiFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`config/pii.json is invalid: ${issues}`);
  }
  return parsed.data;
}
