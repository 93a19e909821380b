// Dashboard texts by translation key (the catalogues in src/i18n are their only source), and the
// names of figures and of the values charted (power types, statuses, list states) by enum key. A key
// the server sends that the catalogue lacks shows as the key itself, never as a blank.
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { VALUE_KEYS, type DashboardText, type ValueGroup } from './textKeys';
import type { DashboardContext, Figure } from './types';

export type { ValueGroup } from './textKeys';

export function useDashboardText() {
  const translate = useTranslate();
  return useMemo(() => {
    const text = (name: DashboardText, options: Record<string, unknown> = {}): string => translate(`app.dashboard.${name}`, options);
    const figureLabel = (figure: Figure): string => translate(`app.dashboard.figures.${figure.key}`, { _: figure.key, ...figure.params });
    const valueLabel = (group: ValueGroup, value: string): string => translate(`${VALUE_KEYS[group]}.${value}`, { _: value });
    const title = (context: DashboardContext): string => {
      const tierTitle = context.tier ? translate(`app.dashboard.title_tier.${context.tier}`, { _: text('title') }) : text('title');
      const place = context.governmentName ?? context.organisation;
      return place ? `${place} · ${tierTitle}` : tierTitle;
    };
    return { text, figureLabel, valueLabel, title };
  }, [translate]);
}

export type DashboardTextHelpers = ReturnType<typeof useDashboardText>;
