// Texts of the case page (app.accountability.*), enumerations by the resource's keys.
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

export function useCaseText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return useMemo(() => {
    const t = (key: string, options: Record<string, unknown> = {}): string => translate(`app.accountability.${key}`, options);
    const stateLabel = (state: string | null): string => (state ? translate(`enums.accountability-cases.state.${state}`, { _: state }) : '');
    const actionLabel = (action: string): string => translate(`app.accountability.history_action.${action}`, { _: action });
    const roleLabel = (role: string | null): string => (role ? translate(`app.roles.${role}`, { _: role }) : '');
    const dateTime = (iso: string): string => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    };
    return { t, translate, stateLabel, actionLabel, roleLabel, dateTime };
  }, [translate, locale]);
}
