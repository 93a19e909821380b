import { PowerCreate } from './PowerCreate';
import { PowerEdit } from './PowerEdit';
import { PowerShow } from './PowerShow';

export const powers = { edit: PowerEdit, create: PowerCreate, show: PowerShow };
export { PowerCreate, PowerEdit, PowerShow };
