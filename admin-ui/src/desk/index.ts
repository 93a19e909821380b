export { ConfirmStepDialog, type ConfirmStepDialogProps } from './ConfirmStepDialog';
