// Labels of the workflow screens, all from the message catalogues (src/i18n): actions, list states,
// roles and the fields of a list item. Unknown values (a state or role added later) show as sent.
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { itemFieldLabelKey } from './diffFormat';

export function useListText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return useMemo(() => {
    const t = (key: string, options: Record<string, unknown> = {}): string => translate(`app.lists.${key}`, options);
    const actionLabel = (action: string): string =>
      action === 'create' || action === 'supersede' || action === 'system' ? translate(`app.lists.history_action.${action}`) : translate(`app.transition.${action}`, { _: action });
    const stateLabel = (state: string | null): string => (state ? translate(`enums.responsibility-lists.state.${state}`, { _: state }) : '');
    const roleLabel = (role: string | null): string => (role ? translate(`app.roles.${role}`, { _: role }) : '');
    const fieldLabel = (field: string): string => translate(itemFieldLabelKey(field), { _: field });
    const enumLabel = (key: string, value: string): string => translate(`enums.${key}.${value}`, { _: value });
    /** The server words refusals in Chinese; other languages get the code's explanation. */
    const refusalMessage = (code: string, serverMessage: string): string =>
      locale === 'zh' || !code ? serverMessage : translate(`errors.${code}`, { _: serverMessage });
    const dateTime = (iso: string): string => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    };
    return { t, translate, actionLabel, stateLabel, roleLabel, fieldLabel, enumLabel, refusalMessage, dateTime };
  }, [translate, locale]);
}

export type ListText = ReturnType<typeof useListText>;
