// Import of a department's list (or any resource) from .xlsx/.csv, validated row by row before anything is written.
export { ImportButton, type ImportButtonProps } from './ImportButton';
export { ImportPage, type ImportPageProps } from './ImportPage';
