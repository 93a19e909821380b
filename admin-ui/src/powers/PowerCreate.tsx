// A new power starts in force and in the signed-in user's department and tier (see defaults.ts).
import { useMemo } from 'react';
import { Create } from 'react-admin';
import { useSession } from '../providers/useSession';
import { newPowerDefaults } from './defaults';
import { AdjustmentNotice } from './AdjustmentNotice';
import { PowerInputs } from './PowerInputs';

export const PowerCreate = () => {
  const { me } = useSession();
  const defaultValues = useMemo(() => newPowerDefaults(me), [me]);
  // Art. 11, 13: the clerk learns that an approved adjustment is needed before filling anything in.
  return (
    <AdjustmentNotice>
      <Create mutationMode="pessimistic" redirect="show">
        <PowerInputs defaultValues={defaultValues} />
      </Create>
    </AdjustmentNotice>
  );
};
