// react-admin's own English texts, as shipped.
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'ra-core';

export const ra: TranslationMessages['ra'] = englishMessages.ra;
