// Accountability (Art. 27–29): the case page with its timeline and steps; lists and forms stay generic.
import { CaseShow } from './CaseShow';

export const accountabilityCases = { show: CaseShow, rowClick: 'show' as const };
export { CaseShow };
