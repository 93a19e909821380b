import { Create } from 'react-admin';
import { createElement } from 'react';
import { StaleAwareEdit } from '../errors';
import { FilingInputs } from './FilingInputs';
import { FilingShow } from './FilingShow';

const FilingEdit = () => createElement(StaleAwareEdit, { redirect: 'show' }, createElement(FilingInputs));
const FilingCreate = () => createElement(Create, { redirect: 'show' }, createElement(FilingInputs));

/** Major-penalty filings (Art. 16): the ordered form, and the detail page with status and receipt. */
export const majorPenaltyFilings = { edit: FilingEdit, create: FilingCreate, show: FilingShow, rowClick: 'show' as const };
export { FilingInputs, FilingShow };
