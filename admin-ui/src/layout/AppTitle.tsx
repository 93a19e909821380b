import { useTranslate } from 'react-admin';

/** The title pages without their own (e.g. not found) show, in the UI language. */
export const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate('app.title')}</>;
};
