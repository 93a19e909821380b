// Loads an assessment's sheet and runs its actions; a refusal keeps the server's code and message
// (and the field errors of one item) for the screen to show.
import { useCallback, useEffect, useState } from 'react';
import { HttpError } from 'react-admin';
import { isObject } from '../providers/types';
import { assessmentApi, type ItemInput } from './api';
import type { Sheet } from './types';

export interface Refusal { code: string; message: string; fields: Record<string, string> }

function refusalOf(error: unknown): Refusal {
  if (error instanceof HttpError && isObject(error.body)) {
    const body = error.body;
    const fields: Record<string, string> = {};
    if (isObject(body.errors)) {
      for (const [key, value] of Object.entries(body.errors)) {
        const text = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(' ') : '';
        // items.<n>.<field> (one item's save) and scores.<i>.<field> both name the item's field.
        fields[key.replace(/^(items|scores)\.\d+\./, '')] = text;
      }
    }
    return { code: typeof body.code === 'string' ? body.code : String(error.status), message: typeof body.message === 'string' ? body.message : error.message, fields };
  }
  return { code: 'ERROR', message: error instanceof Error ? error.message : String(error), fields: {} };
}

export function useSheet(id: string) {
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const reload = useCallback(async () => {
    try {
      setSheet(await assessmentApi.sheet(id));
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  }, [id]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const run = async (work: () => Promise<Sheet>): Promise<boolean> => {
    setBusy(true);
    setRefusal(null);
    try {
      setSheet(await work());
      return true;
    } catch (error) {
      setRefusal(refusalOf(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return {
    sheet, busy, refusal, clearRefusal: () => setRefusal(null), reload,
    prescore: () => run(() => assessmentApi.prescore(id)),
    saveItem: (item: number, input: ItemInput) => run(() => assessmentApi.saveItem(id, item, input)),
    transition: (action: string, opinion?: string) => run(() => assessmentApi.transition(id, action, opinion)),
  };
}
