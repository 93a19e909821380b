// Message catalogues for ra-i18n-polyglot: Chinese (the default) and English. Keys: ra.* (react-admin),
// resources.<res>.name/fields.<field>, enums.<res>.<field>.<value> (fallback enums.<field>.<value>),
// errors.<CODE> (server error codes) and app.* (the console's own texts).
export { zh } from './zh';
export { en } from './en';
