// An account's page: the generic form, with the lockout notice and unlock button above it.
import { SchemaEdit } from '../schema';
import { UnlockPanel } from './UnlockPanel';

export const UserEdit = () => (
  <>
    <UnlockPanel />
    <SchemaEdit />
  </>
);
