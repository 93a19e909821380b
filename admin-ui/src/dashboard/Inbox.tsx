// 待办: the first thing after sign-in (issue 14, B): what is overdue, what was returned and why,
// and what awaits the user's step, each a link to the record's page where the step is taken.
import { useEffect, useState } from 'react';
import { Alert, Box, Card, CardContent, Chip, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { groupInbox, loadInbox, type InboxData, type InboxItem, type InboxMore, type LoadInbox } from './inbox';
import { useFigureLink } from './useFigureLink';

/** One item as a link to its record: also the dashboard's late lists (OverdueLists.tsx), so both read alike. */
export const InboxItemRow = ({ item }: { item: InboxItem }) => {
  const translate = useTranslate();
  // Titles of adjustments are '<kind>:<power>'; the kind reads in words.
  const [kind, rest] = item.kind === 'adjustment' ? item.title.split(/:(.*)/s) : ['', item.title];
  const title = item.kind === 'adjustment' ? `${translate(`enums.power-adjustments.kind.${kind}`, { _: kind })}：${rest}` : item.title;
  // An overdue item says why, with the article; an unknown reason key is left out rather than shown raw.
  const reason = item.overdue && item.reason ? translate(`app.desk.inbox.reason.${item.reason}`, { _: '' }) : '';
  const secondary = [reason || null, item.organisation, item.due ? translate('app.desk.inbox.due', { date: item.due }) : null, item.opinion ? translate('app.desk.inbox.opinion', { opinion: item.opinion }) : null].filter(Boolean).join(' · ');
  return (
    // A <ul> holds only <li> (axe 'list'): the link sits inside a list item.
    <ListItem disablePadding divider>
    <ListItemButton component={Link} to={`/${item.resource}/${encodeURIComponent(item.id)}/show`}>
      <Chip size="small" color={item.overdue ? 'error' : item.step === 'returned' ? 'warning' : 'primary'} label={translate(`app.desk.inbox.step.${item.step}`, { _: translate(`app.transition.${item.step}`, { _: item.step }) })} sx={{ mr: 1.5, flexShrink: 0 }} />
      <ListItemText primary={title} secondary={secondary || undefined} />
    </ListItemButton>
    </ListItem>
  );
};

/** Overdue records of one kind beyond those listed: how many more, as a link to the list of all of them. */
const MoreRow = ({ more }: { more: InboxMore }) => {
  const translate = useTranslate();
  const link = useFigureLink()({ key: more.reason, count: more.total, resource: more.resource, filter: more.filter });
  const reason = translate(`app.desk.inbox.reason.${more.reason}`, { _: '' });
  return (
    <ListItem disablePadding divider>
      <ListItemButton component={Link} to={link}>
        <ListItemText primary={translate('app.desk.inbox.more', { count: more.total - more.shown, total: more.total })} secondary={reason || undefined} />
      </ListItemButton>
    </ListItem>
  );
};

const Group = ({ title, items, more = [] }: { title: string; items: InboxItem[]; more?: InboxMore[] }) =>
  items.length === 0 ? null : (
    <Box component="section" sx={{ mb: 1 }}>
      <Typography variant="subtitle1" component="h3">
        {/* The count says how many there are, listed or not (the dashboard counts them all too). */}
        {title}（{items.length + more.reduce((sum, m) => sum + m.total - m.shown, 0)}）
      </Typography>
      <List dense disablePadding>
        {items.map((item) => (
          <InboxItemRow key={`${item.resource}-${item.id}`} item={item} />
        ))}
        {more.map((m) => (
          <MoreRow key={`more-${m.kind}`} more={m} />
        ))}
      </List>
    </Box>
  );

export const Inbox = ({ load = loadInbox }: { load?: LoadInbox }) => {
  const translate = useTranslate();
  const [inbox, setInbox] = useState<InboxData | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    load().then((loaded) => live && setInbox(loaded), () => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [load]);
  const items = inbox?.items ?? null;
  const groups = groupInbox(items ?? []);
  return (
    <Card component="section" aria-labelledby="inbox-title" sx={{ m: { xs: 1, md: 2 }, mb: 0 }}>
      <CardContent>
        <Typography id="inbox-title" variant="h5" component="h2" gutterBottom>
          {translate('app.desk.inbox.title')}
        </Typography>
        {failed && <Alert severity="error">{translate('app.desk.inbox.error')}</Alert>}
        {!failed && items === null && <Typography role="status">{translate('app.desk.inbox.loading')}</Typography>}
        {items !== null && items.length === 0 && <Typography color="text.secondary">{translate('app.desk.inbox.empty')}</Typography>}
        <Group title={translate('app.desk.inbox.overdue')} items={groups.overdue} more={inbox?.more} />
        <Group title={translate('app.desk.inbox.returned')} items={groups.returned} />
        <Group title={translate('app.desk.inbox.todo')} items={groups.todo} />
      </CardContent>
    </Card>
  );
};
