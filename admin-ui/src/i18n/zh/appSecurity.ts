// Sessions, passwords, unlocking and the audit screen (app.session.*, app.password.*, app.unlock.*,
// app.audit.*). Placeholders: app.session.remaining %{time}, hint_idle %{minutes}, app.unlock.locked %{until},
// app.password.rules %{minLength} %{minClasses} %{history} (config/security.json).
import type { StringMap } from 'ra-core';

export const securityTexts: StringMap = {
  session: {
    remaining: '会话剩余 %{time}',
    remaining_label: '本次登录剩余时间',
    hint_idle: '超过 %{minutes} 分钟未操作将自动退出；每次操作后重新计时。',
    hint_absolute: '单次登录最长有效期即将届满，届时需重新登录。',
    ended_idle: '由于长时间未操作，您已自动退出，请重新登录。',
    ended_expired: '本次登录已达最长有效期，请重新登录。',
    ended_revoked: '您的密码、角色或账号状态已变更，登录已失效，请重新登录。',
    ended_elsewhere: '本次会话已结束，请重新登录。',
  },
  password: {
    title: '修改密码',
    rules: '新密码至少 %{minLength} 位，须包含大写字母、小写字母、数字、其他符号中的至少 %{minClasses} 类，不能包含账号名，不能与最近 %{history} 次使用过的密码相同。',
    current: '当前密码',
    new: '新密码',
    again: '再次输入新密码',
    submit: '修改密码',
    mismatch: '两次输入的新密码不一致。',
    changed: '密码已修改。',
    due_title: '请先修改密码',
    due_body: '您的密码由管理员设置或已超过有效期。修改密码后才能继续使用系统。',
  },
  unlock: {
    locked: '该账号因连续输错密码已被锁定，至 %{until}（北京时间）自动解锁。',
    button: '立即解锁',
    done: '账号已解锁。',
  },
  audit: {
    resource: { users: '用户账号', roles: '角色与权限' },
  },
};
