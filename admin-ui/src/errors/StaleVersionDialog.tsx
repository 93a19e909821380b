// Optimistic locking (409 STALE_VERSION): someone saved the record after it was opened here. The
// only safe way on is to load their version; the user's unsaved changes are discarded by the reload.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import Refresh from '@mui/icons-material/Refresh';
import { useEditContext, useTranslate } from 'react-admin';

export interface StaleVersionDialogProps {
  open: boolean;
  onClose: () => void;
}

export const StaleVersionDialog = ({ open, onClose }: StaleVersionDialogProps) => {
  const translate = useTranslate();
  const { refetch } = useEditContext();
  const reload = async () => {
    await refetch();
    onClose();
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="stale-version-title" aria-describedby="stale-version-body">
      <DialogTitle id="stale-version-title">{translate('app.stale.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="stale-version-body">
          {translate('app.stale.body')}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button onClick={reload} variant="contained" startIcon={<Refresh />} autoFocus>
          {translate('app.stale.reload')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
