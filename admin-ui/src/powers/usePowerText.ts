// Labels of the power screens by translation key; the catalogues (src/i18n) are their only source
// (messages.test.ts checks every key of powers/texts.ts is in zh and en). An enumeration value tries
// the resource's key, then the field's, then shows the value itself.
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { enumKeyChain, POWER_ENUMS, type PowerEnum, type PowerField, type PowerText } from './texts';

export interface Choice {
  id: string;
  name: string;
}

export function usePowerText() {
  const translate = useTranslate();
  return useMemo(() => {
    const field = (name: PowerField): string => translate(`resources.powers.fields.${name}`);
    const text = (name: PowerText, options: Record<string, unknown> = {}): string => translate(`app.powers.${name}`, options);
    const enumLabel = (name: PowerEnum, value: string): string =>
      enumKeyChain(name, value).reduceRight((fallback, key) => translate(key, { _: fallback }), value);
    const choices = (name: PowerEnum): Choice[] => POWER_ENUMS[name].map((id) => ({ id, name: enumLabel(name, id) }));
    return { field, text, enumLabel, choices };
  }, [translate]);
}

export type PowerTextHelpers = ReturnType<typeof usePowerText>;
