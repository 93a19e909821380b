// The app bar's countdown of the session (config/security.json: idle 30 min, absolute 12 h). When it
// runs out the console signs out to the sign-in page, which says why; the server would refuse the
// next request anyway. It never calls the server itself: polling would keep an idle session alive.
import { useEffect, useState } from 'react';
import { Tooltip, Typography } from '@mui/material';
import TimerOutlinedIcon from '@mui/icons-material/TimerOutlined';
import { useLogout, useTranslate } from 'react-admin';
import { session } from '../providers/storage';
import { useSession } from '../providers/useSession';
import { formatRemaining, sessionClock } from './sessionClock';

export const SessionTimer = () => {
  const { me } = useSession();
  const translate = useTranslate();
  const logout = useLogout();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const limits = me?.session;
  const clock = limits ? sessionClock({ now, lastActivity: session.lastActivity(), idleMinutes: limits.idleMinutes, expiresAt: limits.expiresAt }) : null;
  const over = clock !== null && clock.remainingMs === 0;
  const endsBy = clock?.endsBy ?? 'idle';
  useEffect(() => {
    if (!over) return;
    session.endWith(endsBy === 'idle' ? 'app.session.ended_idle' : 'app.session.ended_expired');
    void logout();
  }, [over, endsBy, logout]);
  if (!clock || !limits) return null;
  const hint = translate(clock.endsBy === 'idle' ? 'app.session.hint_idle' : 'app.session.hint_absolute', { minutes: limits.idleMinutes });
  return (
    <Tooltip title={hint}>
      <Typography variant="body2" noWrap sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mx: 1, opacity: 0.85 }} aria-label={translate('app.session.remaining_label')} data-testid="session-timer">
        <TimerOutlinedIcon fontSize="small" />
        {translate('app.session.remaining', { time: formatRemaining(clock.remainingMs) })}
      </Typography>
    </Tooltip>
  );
};
