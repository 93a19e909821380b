// Art. 17 on a published item: the 行政指导 and other non-coercive means recorded for the power —
// 首违不罚/轻微免罚 entries with their conditions and basis, 柔性执法 cases with date and outcome —
// as frozen with the published version.
import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import type { ListItemGuidance } from '../../../config/src/contracts';
import { usePublicText } from './usePublicText';

export const GuidanceSection = ({ guidance }: { guidance: readonly ListItemGuidance[] }) => {
  const { t, translate, enumLabel, date } = usePublicText();
  const field = (name: string): string => translate(`resources.guidance-measures.fields.${name}`, { _: name });
  if (guidance.length === 0) return null;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="item-guidance" sx={{ p: 2 }}>
      <Typography id="item-guidance" variant="h6" component="h3" sx={{ mb: 1 }}>
        {t('sections.guidance')}
      </Typography>
      <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {guidance.map((g, i) => (
          <Box component="li" key={i} data-testid="public-guidance">
            <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Chip size="small" variant="outlined" label={enumLabel('guidance-measures.kind', g.kind)} />
              <Typography variant="subtitle2" component="h4">{g.title}</Typography>
            </Stack>
            {g.content && <Typography variant="body2" sx={{ whiteSpace: 'pre-line', mt: 0.5 }}>{g.content}</Typography>}
            {([['conditions', g.conditions], ['basis', g.basis], ['caseDate', g.caseDate ? date(g.caseDate) : null], ['outcome', g.outcome]] as const)
              .filter(([, value]) => value)
              .map(([name, value]) => (
                <Typography key={name} variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>
                  {field(name)}：{value}
                </Typography>
              ))}
          </Box>
        ))}
      </Stack>
    </Paper>
  );
};
