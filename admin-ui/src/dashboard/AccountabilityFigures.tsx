// 责任追究 on the dashboard (Art. 27, 29): open cases, overdue correction orders, orders escalated to a
// circulated criticism, and open criticisms, each linked to the filtered list of cases.
import { useTranslate } from 'react-admin';
import { FigureGroup } from './FigureGroup';
import type { Figure } from './types';

export const AccountabilityFigures = ({ figures }: { figures: Figure[] }) => {
  const translate = useTranslate();
  return (
    <FigureGroup
      title={translate('app.accountability.dashboard.title')}
      figures={figures}
      labelOf={(f) => translate(`app.accountability.dashboard.figures.${f.key}`, { _: f.key })}
    />
  );
};
