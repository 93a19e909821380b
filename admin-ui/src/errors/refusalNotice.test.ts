import { HttpError } from 'react-admin';
import { refusalNotice } from './refusalNotice';

describe('refusalNotice decides how a failed save is told', () => {
  test('409 STALE_VERSION opens the reload dialog', () => {
    expect(refusalNotice(new HttpError('已被他人修改', 409, { code: 'STALE_VERSION', errors: {}, current: { id: 'p1' } }))).toEqual({ kind: 'stale' });
  });

  test('a refusal with field errors is left to the form (messages under the inputs)', () => {
    const error = new HttpError('第七条', 400, { code: 'BASIS_REQUIRED', errors: { 'bases.0.articles': '须写明条款', root: { serverError: '第七条' } } });
    expect(refusalNotice(error)).toEqual({ kind: 'form' });
  });

  test('a refusal without field errors becomes a notification with its message', () => {
    expect(refusalNotice(new HttpError('您的角色没有执行该操作的权限。', 403, { code: 'ROLE_FORBIDDEN', errors: {} }))).toEqual({
      kind: 'notify',
      message: '您的角色没有执行该操作的权限。',
    });
  });

  test('a 409 with another code is not mistaken for a stale edit', () => {
    expect(refusalNotice(new HttpError('冲突', 409, { code: 'LIST_IMMUTABLE', errors: {} }))).toEqual({ kind: 'notify', message: '冲突' });
  });

  test('network failures fall back to the generic http error key', () => {
    expect(refusalNotice(new Error(''))).toEqual({ kind: 'notify', message: 'ra.notification.http_error' });
  });
});
