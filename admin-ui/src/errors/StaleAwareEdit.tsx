// <Edit> as every console form needs it: pessimistic, so that a refusal reaches the form before the
// screen moves on, and a stale edit (409) answered with the reload dialog.
import { useState } from 'react';
import { Edit, useNotify, type EditProps } from 'react-admin';
import { refusalNotice } from './refusalNotice';
import { StaleVersionDialog } from './StaleVersionDialog';

export const StaleAwareEdit = ({ children, mutationOptions, ...props }: EditProps) => {
  const [stale, setStale] = useState(false);
  const notify = useNotify();
  const onError = (error: unknown) => {
    const notice = refusalNotice(error);
    if (notice.kind === 'stale') setStale(true);
    else if (notice.kind === 'notify') notify(notice.message, { type: 'error', messageArgs: { _: notice.message } });
  };
  return (
    <Edit {...props} mutationMode="pessimistic" mutationOptions={{ ...mutationOptions, onError }}>
      <>
        {children}
        <StaleVersionDialog open={stale} onClose={() => setStale(false)} />
      </>
    </Edit>
  );
};
