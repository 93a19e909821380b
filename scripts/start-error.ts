// A failed start in one line for the operator: what went wrong and what to do. Never `undefined`:
// some libraries reject with no reason at all. The full error goes to a file for whoever debugs.
import { mkdirSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { inspect } from 'util';
import { ROOT } from './run';

const ADVICE: { pattern: RegExp; advice: string }[] = [
  { pattern: /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|Connection terminated/i, advice: '数据库连不上 (database unreachable): 检查 DATABASE_URL 所指的服务器是否在运行、地址端口是否正确' },
  { pattern: /password authentication failed|no pg_hba.conf entry/i, advice: '数据库拒绝登录 (authentication failed): 检查 DATABASE_URL 中的用户名和密码' },
  { pattern: /database ".*" does not exist/i, advice: '数据库不存在 (database missing): 先创建 DATABASE_URL 中的数据库' },
  { pattern: /EADDRINUSE/i, advice: '端口被占用 (port in use): 设置 PORT=<另一端口> 或停止占用该端口的程序' },
];

export function describeStartError(error: unknown, what = 'start'): string {
  const message = error instanceof Error ? error.message : error === undefined || error === null ? 'failed without a reason (no error given)' : typeof error === 'string' ? error : inspect(error, { depth: 2, breakLength: Infinity });
  const line = message.replace(/\s+/g, ' ').trim() || (error instanceof Error ? error.name : 'unknown error');
  const advice = ADVICE.find((a) => a.pattern.test(line) && !line.includes(a.advice.slice(0, 6)));
  const file = join(ROOT, '.data', `${what}-error.log`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${new Date().toISOString()}\n${error instanceof Error ? (error.stack ?? error.message) : inspect(error, { depth: 5 })}\n`);
  } catch {
    // The line below is what matters; a read-only folder must not hide it.
  }
  return `[nmg] ${what} 失败 (failed): ${line}${advice ? ` — ${advice.advice}` : ''} (details: ${file})`;
}

/** Runs serve (or main) and turns any failure into one line and exit status 1. */
export function runOrExplain(main: () => Promise<void>, what = 'start'): void {
  main().catch((error: unknown) => {
    console.error(describeStartError(error, what));
    process.exit(1);
  });
}
