// Before a clerk fills in a new power (issue 14, point 8): a department cannot add powers of its own
// (CATALOGUE_ONLY, Art. 11, 13); only an approved 新增 or 承接 adjustment does. Without one the form
// is not offered at all, only the way to request one; with one, the notice names it.
import type { ReactNode } from 'react';
import { Alert, Box, Button } from '@mui/material';
import { Link, useGetList, useTranslate } from 'react-admin';
import { useSession } from '../providers/useSession';

/** Mirrors cms/src/domain/assert-catalogue-only.ts: the states and kinds a creation may cite. */
const USABLE = { state: ['approved', 'applied'], kind: ['add', 'undertake'] };
export const REQUEST_ADD_PATH = `/power-adjustments/create?source=${encodeURIComponent(JSON.stringify({ kind: 'add' }))}`;

export const AdjustmentNotice = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const { me } = useSession();
  const filter = me?.departmentId ? { ...USABLE, department: me.departmentId } : USABLE;
  const { data, isPending, error } = useGetList('power-adjustments', { filter, pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'DESC' } });
  if (isPending) return <Alert severity="info" role="status" sx={{ m: 2 }}>{translate('app.powers.checking_adjustments')}</Alert>;
  const usable = error ? [] : data ?? [];
  if (usable.length === 0) {
    return (
      <Box sx={{ m: 2 }}>
        <Alert severity="warning" className="power-needs-adjustment" action={<Button component={Link} to={REQUEST_ADD_PATH} variant="contained" size="small">{translate('app.powers.start_adjustment')}</Button>}>
          {translate('app.powers.new_needs_adjustment')}
        </Alert>
      </Box>
    );
  }
  const names = usable.map((a) => String(a.proposedName || a.reason || '')).filter(Boolean).join('；');
  return (
    <>
      <Alert severity="info" sx={{ m: 2, mb: 0 }}>{translate('app.powers.new_with_adjustment', { adjustments: names })}</Alert>
      {children}
    </>
  );
};
