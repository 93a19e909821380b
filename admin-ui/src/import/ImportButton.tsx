// 导入 in a list's toolbar, shown only where the role may create: opens the importer in a dialog.
import { useState } from 'react';
import { Dialog, DialogContent, DialogTitle, IconButton } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import UploadIcon from '@mui/icons-material/Upload';
import { Button, useResourceContext, useTranslate } from 'react-admin';
import { useCan, useResourceSchema } from '../providers/useSession';
import { ImportPage } from './ImportPage';
import { useImportText } from './texts';

export interface ImportButtonProps {
  /** Defaults to the list's resource. */
  resource?: string;
}

export const ImportButton = ({ resource: resourceProp }: ImportButtonProps) => {
  const contextResource = useResourceContext();
  const resource = resourceProp ?? contextResource ?? '';
  const t = useImportText();
  const translate = useTranslate();
  const can = useCan();
  const schema = useResourceSchema(resource);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!resource || !can(resource, 'create')) return null;
  const name = translate(`resources.${resource}.name`, { smart_count: 2, _: schema?.label ?? resource });
  const close = () => {
    // Closing under a running request would lose its outcome (the server finishes it anyway).
    if (!busy) setOpen(false);
  };
  const titleId = `import-dialog-title-${resource}`;
  return (
    <>
      <Button label={t('button')} onClick={() => setOpen(true)}>
        <UploadIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="lg" aria-labelledby={titleId}>
        <DialogTitle id={titleId} sx={{ pr: 6 }}>
          {t('dialog_title', { resource: name })}
          <IconButton aria-label={translate('ra.action.close')} onClick={close} disabled={busy} sx={{ position: 'absolute', right: 8, top: 8 }}>
            <CloseIcon />
          </IconButton>
        </DialogTitle>
        <DialogContent dividers>
          {open && <ImportPage resource={resource} onDone={() => setOpen(false)} onBusyChange={setBusy} />}
        </DialogContent>
      </Dialog>
    </>
  );
};
