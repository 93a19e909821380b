// A real button that opens the file chooser, so the keyboard reaches it (a styled <label> would not).
import { useRef } from 'react';
import { Button, Stack, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useImportText } from './texts';

export const ACCEPTED = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

export const FilePicker = ({ onFile, disabled }: { onFile: (file: File) => void; disabled?: boolean }) => {
  const t = useImportText();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Stack spacing={1} alignItems="flex-start">
      <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} disabled={disabled}>
        {t('choose_file')}
      </Button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED}
        hidden
        aria-label={t('choose_file')}
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clear it so that choosing the same (corrected) file again fires a change.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Typography variant="body2" color="text.secondary">
        {t('file_hint')}
      </Typography>
    </Stack>
  );
};
