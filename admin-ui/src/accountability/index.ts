// Accountability (Art. 27–29): the case page with its timeline and steps, and forms without the
// fields those steps and the server set; the list stays generic.
import { CaseCreate, CaseEdit } from './CaseForms';
import { CaseShow } from './CaseShow';

export const accountabilityCases = { show: CaseShow, create: CaseCreate, edit: CaseEdit, rowClick: 'show' as const };
export { CaseShow, CaseCreate, CaseEdit };
