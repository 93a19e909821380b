// 按类型模板填充: fills the responsibility steps from the template of the chosen power type. An
// empty list is filled at once; a list the user already worked on is replaced only after confirming.
import { useState } from 'react';
import { Button, Stack, Typography } from '@mui/material';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { Confirm, useArrayInput } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { applyTemplate, templateStepsFor, toStepValues, typeName, type TemplateResult } from './templates';
import { usePowerText } from './usePowerText';

export const TemplateFillButton = () => {
  const { text, enumLabel } = usePowerText();
  const { replace } = useArrayInput();
  const { getValues } = useFormContext();
  const type: unknown = useWatch({ name: 'type' });
  const template = templateStepsFor(type);
  const [pending, setPending] = useState<TemplateResult | null>(null);

  const fill = (): void => {
    if (!template) return;
    const result = applyTemplate(toStepValues(getValues('steps')), template);
    if (result.needsConfirmation) setPending(result);
    else replace(result.steps);
  };

  const typeLabel = typeof type === 'string' && type ? enumLabel('powers.type', type) : typeName(type);
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
      <Button variant="outlined" size="small" startIcon={<PlaylistAddIcon />} onClick={fill} disabled={!template}>
        {/* The separator reads the same in Chinese and English. */}
        {template ? `${text('fill_template')} · ${typeLabel}` : text('fill_template')}
      </Button>
      {!template && (
        <Typography variant="body2" color="text.secondary">
          {text('fill_template_no_type')}
        </Typography>
      )}
      <Confirm
        isOpen={pending !== null}
        title={text('fill_template')}
        content={
          <>
            {text('fill_template_confirm')}
            {pending && pending.removed.length > 0 && (
              <>
                <br />
                {text('fill_template_removed', { names: pending.removed.join('、') })}
              </>
            )}
          </>
        }
        onConfirm={() => {
          if (pending) replace(pending.steps);
          setPending(null);
        }}
        onClose={() => setPending(null)}
      />
    </Stack>
  );
};
