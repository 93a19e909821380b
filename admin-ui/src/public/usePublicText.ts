// Texts of the public page from the catalogues (app.public.*), and the names of the values it shows:
// power types, statuses, tiers and the like come from the same enums the console uses.
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

export function usePublicText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return useMemo(() => {
    const t = (key: string, options: Record<string, unknown> = {}): string => translate(`app.public.${key}`, options);
    const field = (name: string): string => translate(`resources.powers.fields.${name}`, { _: name });
    const enumLabel = (key: string, value: string | null): string => (value ? translate(`enums.${key}.${value}`, { _: value }) : '');
    const date = (iso: string | null): string => {
      if (!iso) return '';
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? iso : parsed.toLocaleDateString(locale === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' });
    };
    return { t, translate, field, enumLabel, date, locale };
  }, [translate, locale]);
}
