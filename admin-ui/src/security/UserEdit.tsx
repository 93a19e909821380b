// An account's page: the generic form, with the lockout notice and unlock button above it and the
// reset of a lost second factor.
import { SchemaEdit } from '../schema';
import { UnlockPanel } from './UnlockPanel';
import { SecondFactorReset } from './SecondFactorReset';

export const UserEdit = () => (
  <>
    <UnlockPanel />
    <SecondFactorReset />
    <SchemaEdit />
  </>
);
