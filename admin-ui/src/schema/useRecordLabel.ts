// The record-naming function of a resource (representation.ts) with the console's translations.
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { useSession } from '../providers/useSession';
import { recordLabel } from './representation';

export function useRecordLabel(resource: string | undefined): (record: Record<string, unknown> | undefined) => string {
  const translate = useTranslate();
  const { schemas } = useSession();
  const schema = schemas.find((s) => s.name === resource);
  return useMemo(() => recordLabel(schema, (key, options) => translate(key, options)), [schema, translate]);
}
