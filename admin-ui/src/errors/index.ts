export { StaleAwareEdit } from './StaleAwareEdit';
export { StaleVersionDialog, type StaleVersionDialogProps } from './StaleVersionDialog';
export { refusalNotice, type RefusalNotice } from './refusalNotice';
