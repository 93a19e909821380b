// HAProxy (Debian's package) in front of the instances: round robin, a health check on Strapi's
// /_health every half second, and retries on another instance for a connection refused or a
// connection closed without an answer (what a stopped instance gives the requests in flight).
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { writeFileSync } from 'fs';

export function haproxyConfig(port: number, backends: number[]): string {
  return [
    'global',
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response response-timeout',
    'frontend nmg',
    `  bind 127.0.0.1:${port}`,
    '  default_backend strapi',
    'backend strapi',
    '  balance roundrobin',
    '  option httpchk GET /_health',
    '  http-check expect status 204',
    '  default-server inter 500ms fall 2 rise 2',
    ...backends.map((p, i) => `  server s${i + 1} 127.0.0.1:${p} check`),
    '',
  ].join('\n');
}

export function haproxyAvailable(): boolean {
  return spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).status === 0;
}

/** Starts haproxy in the foreground (-db) with the config written to `file`. */
export function startHaproxy(file: string, port: number, backends: number[]): ChildProcess {
  writeFileSync(file, haproxyConfig(port, backends));
  const check = spawnSync('haproxy', ['-c', '-q', '-f', file], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`haproxy refused its configuration: ${check.stderr || check.stdout}`);
  return spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', 'ignore', 'inherit'] });
}
