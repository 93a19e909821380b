// Pessimistic (StaleAwareEdit): the server is the authority on the regulation's rules, so its
// refusal, with the field path, reaches the form before anything is shown as saved; a stale edit
// (409) gets the reload dialog.
import { StaleAwareEdit } from '../errors';
import { PowerInputs } from './PowerInputs';

export const PowerEdit = () => (
  <StaleAwareEdit redirect="show">
    <PowerInputs />
  </StaleAwareEdit>
);
