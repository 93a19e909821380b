// npm run admin:create: the first administrators of a deployment (production seeds no account).
// Creates a Strapi admin super-admin and a console gov-admin of the region government (or the
// government --government names), both with the given e-mail and initial password.
//
//   npm run admin:create -- --email it@nmg.gov.cn [--username region-admin] [--government 150000000000]
//   password: ADMIN_PASSWORD, else typed at the prompt (twice, hidden), else the first line of stdin.
import { createInterface } from 'readline';
import { join } from 'path';
import { checkPasswordPolicy } from '../cms/src/domain/password-policy';
import { openDatabase } from './database';
import { buildServer, ROOT } from './run';
import { refuseUnsafeProduction } from './production';

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
}

/** One line from the terminal without echoing it, or the first line of piped input. */
function readSecret(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const tty = process.stdin.isTTY === true;
    const rl = createInterface({ input: process.stdin, output: tty ? process.stdout : undefined, terminal: tty });
    if (tty) {
      process.stdout.write(prompt);
      // Swallow the echo of what is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
    }
    let answered = false;
    rl.once('line', (line) => { answered = true; rl.close(); if (tty) process.stdout.write('\n'); resolve(line); });
    rl.once('close', () => { if (!answered) resolve(''); });
  });
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const first = await readSecret('密码 Password: ');
  if (process.stdin.isTTY === true && first !== (await readSecret('再次输入 Again: '))) {
    console.error('两次输入的密码不一致。Passwords differ.');
    process.exit(1);
  }
  return first;
}

async function main(): Promise<void> {
  const email = option('email', process.env.ADMIN_EMAIL ?? '');
  const username = option('username', process.env.ADMIN_USERNAME ?? 'region-admin');
  if (!email) {
    console.error('请用 --email 指定管理员的电子邮箱。Give the administrator\'s e-mail with --email.');
    process.exit(1);
  }
  const password = await readPassword();
  // Judged before anything is built or opened: a weak password costs nothing.
  const policy = checkPasswordPolicy(password, [username, email]);
  if (!policy.ok) {
    console.error(`${policy.code}: ${policy.message}`);
    process.exit(1);
  }
  refuseUnsafeProduction();
  buildServer({ adminPanel: false });
  const db = await openDatabase();
  process.env.CRON_ENABLED = 'false';
  const boot = require(join(ROOT, 'cms', 'dist', 'src', 'server', 'boot.js')) as typeof import('../cms/src/server/boot');
  const strapi = await boot.loadStrapi();
  let failed = false;
  try {
    // The governments (reference data) exist after the first start; seeded here if the command comes first.
    await boot.seedReference(strapi, { divisionsCsv: boot.DIVISIONS_CSV });
    const outcome = await boot.createFirstAdministrator(strapi, { email, username, password, governmentCode: option('government', boot.REGION_CODE) });
    if (outcome.ok) {
      console.log(`已创建 Created:\n  Strapi admin (super admin)  ${outcome.email}  → /admin\n  console gov-admin of ${outcome.government}  ${outcome.username}  → /console`);
    } else {
      console.error(`${outcome.code}: ${outcome.message}`);
      failed = true;
    }
  } finally {
    await strapi.destroy();
    await db.embedded?.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
