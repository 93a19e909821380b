// Reads the official division list (database/seed/nmg-divisions-2023.csv: code,name,tier,parent_code).
import { readFileSync } from 'fs';

export interface Division {
  code: string;
  name: string;
  tier: 'region' | 'league' | 'county' | 'township';
  parentCode: string | null;
}

const TIERS = ['region', 'league', 'county', 'township'] as const;

export function parseDivisions(csv: string): Division[] {
  const [header, ...lines] = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (header.trim() !== 'code,name,tier,parent_code') throw new Error(`unexpected divisions header: ${header}`);
  return lines.map((line, index) => {
    const [code, name, tier, parentCode] = line.split(',').map((c) => c.trim());
    const known = TIERS.find((t) => t === tier);
    if (!/^\d{12}$/.test(code) || !name || !known) throw new Error(`divisions line ${index + 2} is malformed: ${line}`);
    return { code, name, tier: known, parentCode: parentCode || null };
  });
}

export const readDivisions = (path: string): Division[] => parseDivisions(readFileSync(path, 'utf8'));
