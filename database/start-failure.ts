// One line that says why the embedded PostgreSQL did not start and what to do, for operators:
// the package rejects a failed start with `undefined`, so the reason is read from PostgreSQL's own
// last messages.
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Context {
  dir: string;
  port: number;
  logFile?: string;
}

/** What an operator does about each known refusal. */
const REMEDIES: { pattern: RegExp; advice: (c: Context) => string }[] = [
  {
    pattern: /could not bind|Address already in use/i,
    advice: (c) => `端口 ${c.port} 已被其他程序占用 (port in use): 停止该程序，或设置 EMBEDDED_PG_PORT=<另一端口> 后重新 npm start`,
  },
  {
    pattern: /lock file .* already exists|another postmaster/i,
    advice: (c) => `另一个 PostgreSQL 正在使用 ${c.dir} (another server runs on this data directory): 停止它后重新 npm start`,
  },
  {
    pattern: /shared memory block .* still in use/i,
    advice: () => '崩溃的 PostgreSQL 进程仍占用共享内存 (old backends still running): 结束这些 postgres 进程后重新 npm start',
  },
  {
    pattern: /database files are incompatible with server|was initialized by PostgreSQL version/i,
    advice: (c) => `${c.dir} 由另一主版本的 PostgreSQL 创建 (data directory of another major version): 用 npm run restore 恢复备份到新目录，或删除该目录重新初始化`,
  },
  {
    pattern: /No space left on device/i,
    advice: () => '磁盘已满 (no space left on device): 释放空间后重新 npm start',
  },
  {
    pattern: /Permission denied|must be owned by|has invalid permissions/i,
    advice: (c) => `${c.dir} 的文件属主或权限不对 (ownership/permissions): 属主须为运行 PostgreSQL 的用户，权限 0700`,
  },
];

export function explainStartFailure(error: unknown, recent: string[], context: Context): string {
  const thrown = error instanceof Error ? error.message : error === undefined || error === null ? '' : String(error);
  const fatal = [...recent].reverse().find((line) => /FATAL|PANIC|ERROR/.test(line)) ?? '';
  const evidence = oneLine([thrown, fatal].filter(Boolean).join(' — ')) || oneLine(recent.slice(-3).join(' ')) || 'PostgreSQL exited during start-up without a message';
  const remedy = REMEDIES.find((r) => r.pattern.test(`${thrown}\n${recent.join('\n')}`));
  const where = context.logFile ? `; 日志 (log): ${context.logFile}` : '';
  return `内嵌 PostgreSQL 未能启动 (embedded PostgreSQL did not start on ${context.dir}, port ${context.port}): ${evidence}${remedy ? ` — ${remedy.advice(context)}` : ''}${where}`;
}
