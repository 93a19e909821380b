// Labels of the power screens by translation key, with the Chinese text as the fallback, so every
// input is labelled (for sighted users and screen readers alike) whatever the catalogue holds.
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { enumKeyChain, enumsZh, fieldsZh, textsZh, type PowerEnum, type PowerField, type PowerText } from './texts';

export interface Choice {
  id: string;
  name: string;
}

export function usePowerText() {
  const translate = useTranslate();
  return useMemo(() => {
    const field = (name: PowerField): string => translate(`resources.powers.fields.${name}`, { _: fieldsZh[name] });
    const text = (name: PowerText, options: Record<string, unknown> = {}): string => translate(`app.powers.${name}`, { _: textsZh[name], ...options });
    const enumLabel = (name: PowerEnum, value: string): string => {
      const values: Record<string, string> = enumsZh[name];
      return enumKeyChain(name, value).reduceRight((fallback, key) => translate(key, { _: fallback }), values[value] ?? value);
    };
    const choices = (name: PowerEnum): Choice[] => Object.keys(enumsZh[name]).map((id) => ({ id, name: enumLabel(name, id) }));
    return { field, text, enumLabel, choices };
  }, [translate]);
}

export type PowerTextHelpers = ReturnType<typeof usePowerText>;
