// A published list version as the public sees it: version, publication date, item count, and the
// 调整中 badge while the department adjusts its list after a change of law (Art. 10, 13).
import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import type { PublicListMeta } from './parse';
import { usePublicText } from './usePublicText';

export const AdjustingBadge = () => {
  const { t } = usePublicText();
  return (
    <Tooltip title={t('under_adjustment_hint')} describeChild>
      <Chip size="small" color="warning" label={t('under_adjustment')} />
    </Tooltip>
  );
};

export const ListMeta = ({ list, underAdjustment }: { list: PublicListMeta; underAdjustment: boolean }) => {
  const { t, date } = usePublicText();
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Chip size="small" color="primary" variant="outlined" label={t('version', { number: list.versionNumber })} />
      {list.publicationDate && (
        <Typography variant="body2" color="text.secondary">
          {t('published_on', { date: date(list.publicationDate) })}
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary">
        {t('item_count', { count: list.itemCount })}
      </Typography>
      {underAdjustment && <AdjustingBadge />}
    </Stack>
  );
};
