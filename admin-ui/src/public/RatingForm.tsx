// The public's rating of a department (Art. 25, external evaluation): a rating, an optional comment,
// the server's arithmetic question, and a honeypot field hidden from people. The server refuses a
// form sent within seconds of loading and limits ratings per address (its Chinese message is shown).
import { useContext, useEffect, useState } from 'react';
import { Alert, Box, Button, Paper, Rating, TextField, Typography } from '@mui/material';
import { PublicFetchContext } from './usePublicData';
import { usePublicText } from './usePublicText';

interface Challenge { token: string; question: string; scale: number }

export const RatingForm = ({ departmentId }: { departmentId: string }) => {
  const { translate } = usePublicText();
  const t = (key: string, args?: Record<string, unknown>) => translate(`app.assessments.public.${key}`, args);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [answer, setAnswer] = useState('');
  const [website, setWebsite] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const load = useContext(PublicFetchContext);
  useEffect(() => {
    let current = true;
    load(`/api/public/ratings/challenge?department=${encodeURIComponent(departmentId)}`)
      .then((body: unknown) => {
        const data = body && typeof body === 'object' && 'data' in body ? (body as { data: Challenge }).data : null;
        if (current) setChallenge(data);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [departmentId, attempt, load]);
  const submit = async () => {
    const response = await fetch('/api/public/ratings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ department: departmentId, rating, comment: comment.trim() || null, token: challenge?.token, answer, website }),
    });
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    setOutcome(response.ok ? { ok: true, message: t('rated') } : { ok: false, message: body?.error?.message ?? `HTTP ${response.status}` });
    setAnswer('');
    // Each question counts once: a new one for the next try.
    setAttempt((n) => n + 1);
  };
  if (!challenge) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} component="section" aria-labelledby="public-rate">
      <Typography id="public-rate" variant="h6" component="h3">{t('rate_title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('rate_intro')}</Typography>
      {outcome?.ok ? (
        <Alert severity="success" role="status">{outcome.message}</Alert>
      ) : (
        <Box sx={{ display: 'grid', gap: 1.5, maxWidth: 480 }}>
          <Box>
            <Typography component="legend" variant="body2">{t('rating')}</Typography>
            <Rating name="public-rating" max={challenge.scale} value={rating} onChange={(_e, value) => setRating(value)} />
          </Box>
          <TextField label={t('comment')} value={comment} onChange={(e) => setComment(e.target.value)} multiline minRows={2} inputProps={{ maxLength: 500 }} />
          <TextField label={`${t('question', { question: challenge.question })} ${t('answer')}`} value={answer} onChange={(e) => setAnswer(e.target.value)} inputProps={{ inputMode: 'numeric', 'data-testid': 'rating-answer' }} required />
          {/* The honeypot: off-screen and out of the tab order; people leave it empty. */}
          <Box aria-hidden="true" sx={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
            <TextField label={t('honeypot')} value={website} onChange={(e) => setWebsite(e.target.value)} inputProps={{ tabIndex: -1, autoComplete: 'off', name: 'website' }} />
          </Box>
          {outcome && !outcome.ok && <Alert severity="error">{outcome.message}</Alert>}
          <Button variant="contained" disabled={rating === null || answer.trim() === ''} onClick={() => void submit()}>{t('submit')}</Button>
        </Box>
      )}
    </Paper>
  );
};
