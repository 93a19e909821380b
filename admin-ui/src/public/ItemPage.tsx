// One published item in full: basic information, legal bases with their articles, responsibility
// steps and the flowchart drawn from them, accountability, time limits and fees, telephone numbers,
// service guide, integrity risk points, discretion standards, non-coercive means (Art. 17),
// handling agencies and posts.
// Organisation units only: the snapshot never names officers (PII_PROTECTED).
import type { ReactNode } from 'react';
import { Alert, Box, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useParams } from 'react-router-dom';
import { FlowchartView } from '../flowchart';
import { GuidanceSection } from './GuidanceSection';
import { PublicBreadcrumbs } from './Breadcrumbs';
import { parseItem, type PublicItem } from './parse';
import { publicPaths } from './paths';
import { itemUrl } from './query';
import { Status } from './Status';
import { usePublicData } from './usePublicData';
import { usePublicText } from './usePublicText';

const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Paper variant="outlined" component="section" aria-labelledby={`item-${id}`} sx={{ p: 2 }}>
    <Typography id={`item-${id}`} variant="h6" component="h3" sx={{ mb: 1 }}>
      {title}
    </Typography>
    {children}
  </Paper>
);

/** Label–value pairs; pairs without a value are left out. */
const Facts = ({ facts }: { facts: [string, ReactNode][] }) => (
  <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '160px 1fr' }, columnGap: 2, rowGap: 1, m: 0 }}>
    {facts
      .filter(([, value]) => value !== null && value !== undefined && value !== '')
      .map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-line' }}>
            {value}
          </Typography>
        </Box>
      ))}
  </Box>
);

interface Column<T> {
  label: string;
  value: (row: T) => ReactNode;
}

function DataTable<T>({ rows, columns, label }: { rows: T[]; columns: Column<T>[]; label: string }) {
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c.label} component="th" scope="col">
                {c.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={index}>
              {columns.map((c) => (
                <TableCell key={c.label} sx={{ whiteSpace: 'pre-line', verticalAlign: 'top' }}>
                  {c.value(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

const ItemBody = ({ item }: { item: PublicItem }) => {
  const { t, field, enumLabel } = usePublicText();
  const hasTimes = item.legalTimeLimit || item.promisedTimeLimit || item.feeBasis;
  const hasPhones = item.consultationPhone || item.supervisionPhone;
  const hasRange = item.statutoryMin !== null || item.statutoryMax !== null;
  return (
    <Stack spacing={2}>
      <Section id="basic" title={t('sections.basic')}>
        <Facts
          facts={[
            [field('code'), item.code],
            [field('name'), item.name],
            [field('subItem'), item.subItem],
            [field('type'), enumLabel('powers.type', item.type)],
            [field('tier'), enumLabel('powers.tier', item.tier)],
            [field('status'), enumLabel('powers.status', item.status)],
            [field('department'), item.departmentName || item.department.name],
            [field('remarks'), item.remarks],
          ]}
        />
      </Section>
      {item.bases.length > 0 && (
        <Section id="bases" title={t('sections.bases')}>
          <DataTable
            label={t('sections.bases')}
            rows={item.bases}
            columns={[
              { label: field('bases.kind'), value: (b) => enumLabel('powers.bases.kind', b.kind) },
              {
                label: field('bases.legalBasis'),
                value: (b) => (
                  <>
                    {b.title ? `《${b.title}》` : t('basis_title_missing')}
                    {b.documentNumber && <Typography variant="caption" component="span" color="text.secondary">{` ${b.documentNumber}`}</Typography>}
                    {b.basisStatus && b.basisStatus !== 'in-force' && <Chip size="small" color="warning" sx={{ ml: 1 }} label={enumLabel('legal-bases.status', b.basisStatus)} />}
                  </>
                ),
              },
              { label: field('bases.articles'), value: (b) => b.articles },
              { label: field('bases.excerpt'), value: (b) => b.excerpt },
            ]}
          />
        </Section>
      )}
      <Section id="steps" title={t('sections.steps')}>
        {item.steps.length > 0 && (
          <DataTable
            label={t('sections.steps')}
            rows={item.steps}
            columns={[
              { label: field('steps.step'), value: (s) => s.step },
              { label: field('steps.content'), value: (s) => s.content },
              { label: field('steps.basis'), value: (s) => s.basis },
            ]}
          />
        )}
        <Box sx={{ mt: 2 }}>
          <FlowchartView steps={item.steps} name={item.name} code={item.code} />
        </Box>
      </Section>
      {item.accountabilities.length > 0 && (
        <Section id="accountabilities" title={t('sections.accountabilities')}>
          <DataTable
            label={t('sections.accountabilities')}
            rows={item.accountabilities}
            columns={[
              { label: field('accountabilities.situation'), value: (a) => a.situation },
              { label: field('accountabilities.basis'), value: (a) => a.basis },
            ]}
          />
        </Section>
      )}
      {hasTimes && (
        <Section id="time-limits" title={t('sections.time_limits')}>
          <Facts
            facts={[
              [field('legalTimeLimit'), item.legalTimeLimit],
              [field('promisedTimeLimit'), item.promisedTimeLimit],
              [field('feeBasis'), item.feeBasis],
            ]}
          />
        </Section>
      )}
      {hasPhones && (
        <Section id="contact" title={t('sections.contact')}>
          <Facts
            facts={[
              [field('consultationPhone'), item.consultationPhone],
              [field('supervisionPhone'), item.supervisionPhone],
            ]}
          />
        </Section>
      )}
      {item.serviceGuide && (
        <Section id="service-guide" title={t('sections.service_guide')}>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
            {item.serviceGuide}
          </Typography>
        </Section>
      )}
      {item.riskPoints.length > 0 && (
        <Section id="risks" title={t('sections.risks')}>
          <DataTable
            label={t('sections.risks')}
            rows={item.riskPoints}
            columns={[
              { label: field('riskPoints.step'), value: (r) => r.step },
              { label: field('riskPoints.description'), value: (r) => r.description },
              { label: field('riskPoints.level'), value: (r) => enumLabel('powers.riskPoints.level', r.level) },
              { label: field('riskPoints.measure'), value: (r) => r.measure },
            ]}
          />
        </Section>
      )}
      {(item.discretion.length > 0 || hasRange) && (
        <Section id="discretion" title={t('sections.discretion')}>
          {hasRange && (
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t('statutory_range', { min: item.statutoryMin ?? '', max: item.statutoryMax ?? '' })}
            </Typography>
          )}
          {item.discretion.length > 0 && (
            <DataTable
              label={t('sections.discretion')}
              rows={item.discretion}
              columns={[
                { label: field('discretion.level'), value: (d) => d.levelName ?? (d.level === null ? '' : String(d.level)) },
                { label: field('discretion.circumstance'), value: (d) => d.circumstance },
                { label: field('discretion.penaltyKind'), value: (d) => d.penaltyKind },
                { label: field('discretion.min'), value: (d) => (d.min === null ? '' : `${d.min}${d.unit ?? ''}`) },
                { label: field('discretion.max'), value: (d) => (d.max === null ? '' : `${d.max}${d.unit ?? ''}`) },
              ]}
            />
          )}
        </Section>
      )}
      <GuidanceSection guidance={item.guidance ?? []} />
      {item.decomposition.length > 0 && (
        <Section id="decomposition" title={t('sections.decomposition')}>
          <DataTable
            label={t('sections.decomposition')}
            rows={item.decomposition}
            columns={[
              { label: field('decomposition.agency'), value: (d) => d.agency },
              { label: field('decomposition.post'), value: (d) => d.post },
              { label: field('decomposition.role'), value: (d) => enumLabel('powers.decomposition.role', d.role) },
            ]}
          />
        </Section>
      )}
    </Stack>
  );
};

export const ItemPage = () => {
  const { id = '' } = useParams();
  const { t, enumLabel } = usePublicText();
  const state = usePublicData(itemUrl(id), parseItem);
  const item = state.data;
  return (
    <Box>
      <PublicBreadcrumbs crumbs={item ? [{ label: item.department.name, to: publicPaths.department(item.department.id) }, { label: item.name }] : []} />
      {!item ? (
        <Status state={state} />
      ) : (
        <>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
            <Typography variant="h5" component="h2">
              {item.name}
            </Typography>
            <Chip size="small" color="primary" label={enumLabel('powers.type', item.type)} />
            <Chip size="small" variant="outlined" label={t('version', { number: item.list.versionNumber })} />
          </Stack>
          {item.list.state === 'superseded' && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {t('superseded')}
            </Alert>
          )}
          <ItemBody item={item} />
        </>
      )}
    </Box>
  );
};
