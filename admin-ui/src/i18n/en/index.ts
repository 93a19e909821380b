import type { TranslationMessages } from 'ra-core';
import { app } from './app';
import { enums } from './enums';
import { errors } from './errors';
import { ra } from './ra';
import { resources } from './resources';

export const en: TranslationMessages = { ra, resources, enums, errors, app };
