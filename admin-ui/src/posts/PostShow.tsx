// A post's page (issue 14, point 8): its fields, then the officers who hold it (Art. 12, 19) and the
// powers decomposed to it (Art. 11), each by name and a link to its page, and a link to the full
// filtered list. The powers come from the console list filter decompositionPost.
import { Box, List as MuiList, ListItemButton, ListItemText, Typography } from '@mui/material';
import { EditButton, Link, Show, TopToolbar, useCreatePath, useGetList, useRecordContext, useResourceContext, useTranslate, type RaRecord } from 'react-admin';
import { useResourceSchema } from '../providers/useSession';
import { SchemaShowLayout } from '../schema/SchemaShow';

const LIMIT = 50;

const Related = ({ title, resource, filter, secondary, testId }: { title: string; resource: string; filter: Record<string, unknown>; secondary: (r: RaRecord) => string; testId: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, total, isPending } = useGetList(resource, { filter, pagination: { page: 1, perPage: LIMIT }, sort: { field: 'id', order: 'ASC' } });
  const listPath = `${createPath({ resource, type: 'list' })}?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`;
  return (
    <Box component="section" sx={{ px: 2, pb: 2 }} data-testid={testId}>
      <Typography variant="h6" component="h2">
        {title}（{isPending ? '…' : total ?? 0}）
      </Typography>
      {!isPending && (data ?? []).length === 0 && <Typography color="text.secondary">{translate('app.posts.none')}</Typography>}
      <MuiList dense disablePadding>
        {(data ?? []).map((r) => (
          <ListItemButton key={r.id} component={Link} to={createPath({ resource, id: r.id, type: 'show' })} divider>
            <ListItemText primary={String(r.name ?? '')} secondary={secondary(r) || undefined} />
          </ListItemButton>
        ))}
      </MuiList>
      {(total ?? 0) > LIMIT && <Link to={listPath}>{translate('app.posts.all', { count: total })}</Link>}
    </Box>
  );
};

const PostRelations = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const statusOf = (r: RaRecord) => (typeof r.status === 'string' ? translate(`enums.officers.status.${r.status}`, { _: '' }) : '');
  const powerOf = (r: RaRecord) => (typeof r.type === 'string' ? translate(`enums.powers.type.${r.type}`, { _: '' }) : '');
  return (
    <>
      <Related title={translate('app.posts.officers')} resource="officers" filter={{ posts: record.id }} secondary={statusOf} testId="post-officers" />
      <Related title={translate('app.posts.powers')} resource="powers" filter={{ decompositionPost: record.id }} secondary={powerOf} testId="post-powers" />
    </>
  );
};

export const PostShow = () => {
  const resource = useResourceContext();
  const schema = useResourceSchema(resource);
  if (!schema) return null;
  return (
    <Show actions={<TopToolbar><EditButton /></TopToolbar>}>
      <SchemaShowLayout schema={schema} />
      <PostRelations />
    </Show>
  );
};
