// Chinese by default, English selectable (LocalesMenuButton). react-admin's own English messages sit
// underneath both, so a key the Chinese file lacks shows in English rather than as a raw key; keys
// missing everywhere fall back to the `_` option, which the screens set to the schema's label.
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { en, zh } from '../i18n';
import type { Localizer } from './refusal';

export const DEFAULT_LOCALE = 'zh';

export const LOCALES = [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
];

const messages: Record<string, TranslationMessages> = {
  zh: mergeTranslations(englishMessages, zh),
  en: mergeTranslations(englishMessages, en),
};

export const i18nProvider = polyglotI18nProvider((locale) => messages[locale] ?? messages[DEFAULT_LOCALE], DEFAULT_LOCALE, LOCALES, {
  allowMissing: true,
});

/** For code outside React (the data provider's error mapping). */
export const localizer: Localizer = {
  locale: () => i18nProvider.getLocale(),
  translate: (key, options) => i18nProvider.translate(key, options),
};
