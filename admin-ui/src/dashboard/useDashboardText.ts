// Dashboard texts by translation key with the Chinese default, and the names of figures and of the
// values charted (power types, statuses, list states) with the enum keys of src/i18n tried first.
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { figuresZh, listStatesZh, powerStatusesZh, powerTypesZh, textsZh, tierTitlesZh, type DashboardText } from './texts';
import type { DashboardContext, Figure } from './types';

/** Value names: the figure's key is the enumeration value for these groups. */
const VALUE_NAMES = {
  powersByType: { key: 'enums.powers.type', names: powerTypesZh },
  powersByStatus: { key: 'enums.powers.status', names: powerStatusesZh },
  listsByState: { key: 'enums.responsibility-lists.state', names: listStatesZh },
} as const;

export type ValueGroup = keyof typeof VALUE_NAMES;

export function useDashboardText() {
  const translate = useTranslate();
  return useMemo(() => {
    const text = (name: DashboardText, options: Record<string, unknown> = {}): string => translate(`app.dashboard.${name}`, { _: textsZh[name], ...options });
    const figureLabel = (figure: Figure): string =>
      translate(`app.dashboard.figures.${figure.key}`, { _: figuresZh[figure.key] ?? figure.key, ...figure.params });
    const valueLabel = (group: ValueGroup, value: string): string => {
      const { key, names } = VALUE_NAMES[group];
      const fallback: string = (names as Record<string, string>)[value] ?? value;
      return translate(`${key}.${value}`, { _: fallback });
    };
    const title = (context: DashboardContext): string => {
      const tierTitle = context.tier ? translate(`app.dashboard.title_tier.${context.tier}`, { _: tierTitlesZh[context.tier] ?? textsZh.title }) : text('title');
      const place = context.governmentName ?? context.organisation;
      return place ? `${place} · ${tierTitle}` : tierTitle;
    };
    return { text, figureLabel, valueLabel, title };
  }, [translate]);
}

export type DashboardTextHelpers = ReturnType<typeof useDashboardText>;
