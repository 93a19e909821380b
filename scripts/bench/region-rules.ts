// Proof that the generated data is data every rule accepts, through the real routes as the
// department's editor: one generated power saved back unchanged (BASIS_REQUIRED, DISCRETION_RANGE,
// CERTIFIED_OFFICER and the others run on every save), and a version 2 of the department's list
// created and submitted (LIST_COMPLETE, DECOMPOSED and RESPONSIBILITY_ASSIGNED over all its items).
import { postJson, transition } from './http';

export interface RulesCheck {
  powerSaved: number;
  submitted: { items: number; ms: number };
}

async function getJson(url: string, jwt: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { headers: { Authorization: `Bearer ${jwt}` } });
  return { status: res.status, body: (await res.json()) as unknown };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function checkRules(baseUrl: string, jwt: string, departmentId: string): Promise<RulesCheck> {
  const page = await getJson(`${baseUrl}/console-api/powers?sort=${encodeURIComponent('["code","ASC"]')}&range=${encodeURIComponent('[0,0]')}`, jwt);
  const power = Array.isArray(page.body) ? page.body[0] : null;
  if (page.status !== 200 || !isRecord(power)) throw new Error(`rules check: no power to read (${page.status})`);
  const put = await fetch(`${baseUrl}/console-api/powers/${String(power.id)}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` }, body: JSON.stringify(power) });
  if (put.status !== 200) throw new Error(`rules check: saving a generated power unchanged answered ${put.status} ${(await put.text()).slice(0, 600)}`);
  const created = await postJson(`${baseUrl}/console-api/responsibility-lists`, { department: departmentId, title: '权责清单（基准测试第2版）', versionNumber: 2 }, jwt);
  if (created.status !== 200 && created.status !== 201) throw new Error(`rules check: version 2 not created: ${created.status} ${JSON.stringify(created.body).slice(0, 600)}`);
  const listId = isRecord(created.body) ? String(created.body.id) : '';
  const ms = await transition(baseUrl, jwt, listId, 'submit');
  const list = await getJson(`${baseUrl}/console-api/responsibility-lists/${listId}`, jwt);
  const items = isRecord(list.body) && typeof list.body.itemCount === 'number' ? list.body.itemCount : 0;
  return { powerSaved: put.status, submitted: { items, ms } };
}
