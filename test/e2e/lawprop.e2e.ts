// Issue 15, Art. 10: a county office's messy sheet (a merged title row, the header on row 3, a blank
// row) cites a law the library lacks. The preview lists it once with its rows; the clerk proposes it;
// the county justice reviewer accepts it on 法律法规收录申请; back on the same preview, 重新校验 passes
// every row without a new upload and the batch is filed. An agency the sheet names that the department
// lacks is accepted in the preview and goes with the batch (created only at an approval). Data of its
// own (a stamped law, agency and codes); the filed request is returned afterwards so that no later
// file finds it waiting.
import type { Browser } from 'playwright-core';
import { apiToken, baseUrl, launch, openList, signedIn } from './browser';

const stamp = Date.now().toString(36).toUpperCase();
const LAW = `内蒙古自治区草原测试条例${stamp}`;
const AGENCY = `草原稽查${stamp}队`;

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function api(username: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseUrl()}/console-api/${path}`, { method, headers: { authorization: `Bearer ${await apiToken(username)}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

const sheet = [
  `某旗草原工作站权责清单（${stamp}）,,,,`,
  ',,,,',
  '事项编码,事项名称,权力类型,设定依据,承办机构',
  `LP${stamp}-1,对草原防火期内违规用火的处罚,行政处罚,《${LAW}》第十二条,${AGENCY}`,
  ',,,,',
  `LP${stamp}-2,对未配备草原防火设施的处罚,行政处罚,"${LAW}第十三条",`,
].join('\n');

test('a missing law is proposed, accepted by the reviewer, and the kept sheet revalidates and is filed', async () => {
  const clerk = await signedIn(browser, 'county-dept-editor');
  await openList(clerk, '权责事项', 'powers');
  await clerk.getByRole('button', { name: '导入' }).click();
  const dialog = clerk.getByRole('dialog');
  await dialog.locator('input[type="file"]').setInputFiles({ name: '草原站权责清单.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${sheet}`, 'utf8') });
  await dialog.getByText(/共 2 行数据/).waitFor();
  await dialog.getByRole('button', { name: '校验' }).click();

  // An agency the department lacks: accepted here, created only when the batch is approved.
  const agencies = dialog.getByRole('region', { name: /本部门尚无以下 1 个执法机构/ });
  await agencies.getByText(AGENCY).waitFor();
  await agencies.getByRole('button', { name: '确认随本批一并新建' }).click();
  await agencies.getByText(`${AGENCY}（将随本批新建）`).waitFor();

  // Once per law, with both rows citing it (rows 4 and 6 of the sheet).
  const missing = dialog.getByRole('region', { name: /法律依据库中尚无以下 1 部/ });
  await missing.waitFor();
  await missing.getByText(`《${LAW}》`).waitFor();
  await missing.getByText('第 4、6 行引用').waitFor();
  await missing.getByRole('button', { name: '提请收录' }).click();
  const propose = clerk.getByRole('dialog', { name: /提请收录《/ });
  await propose.getByRole('combobox', { name: /效力层级/ }).click();
  await clerk.getByRole('option', { name: '地方性法规' }).click();
  await propose.getByLabel('制定机关').fill('内蒙古自治区人民代表大会常务委员会');
  await propose.getByRole('button', { name: '提交' }).click();
  await missing.getByText('已提请，待司法行政部门决定').waitFor();

  const reviewer = await signedIn(browser, 'county-justice-reviewer');
  await reviewer.getByRole('menuitem', { name: '法律法规收录申请' }).click();
  const row = reviewer.getByRole('row', { name: new RegExp(LAW) });
  await row.getByRole('button', { name: '收录', exact: true }).click();
  await reviewer.getByText('已收录入法律依据库。').waitFor();
  await reviewer.context().close();

  // Back on the clerk's preview: no new upload.
  await dialog.getByRole('button', { name: '重新校验（无需重新上传）' }).click();
  await dialog.getByText(/全部 2 行校验通过：新增 2 项/).waitFor();
  await dialog.getByRole('button', { name: '提交职权调整申请' }).click();
  const confirm = clerk.getByRole('dialog', { name: '提交职权调整申请？' });
  await confirm.getByLabel(/调整原因/).fill('首次梳理法律依据、编制本部门权责清单（第十条）');
  await confirm.getByRole('button', { name: '提交职权调整申请' }).click();
  await clerk.waitForURL(/\/power-adjustments\/[^/]+\/show$/);
  const adjustmentId = decodeURIComponent(/power-adjustments\/([^/]+)\/show/.exec(clerk.url())?.[1] ?? '');

  const filed = await api('county-justice-reviewer', 'GET', `power-adjustments/${adjustmentId}`);
  expect(filed.state).toBe('submitted');
  const rows = await api('county-justice-reviewer', 'GET', `power-adjustments/${adjustmentId}/rows?range=[0,9]`);
  expect((rows.rows as { bases: { title: string }[] }[]).map((r) => r.bases[0].title)).toEqual([LAW, LAW]);
  // The agency is not created by filing (the request is returned below, so it never is).
  expect(await api('county-justice-reviewer', 'GET', `agencies?filter=${encodeURIComponent(JSON.stringify({ name: AGENCY }))}`)).toEqual([]);
  // Leave nothing waiting for later files.
  await api('county-justice-reviewer', 'PUT', `power-adjustments/${adjustmentId}`, { state: 'rejected', opinion: '浏览器测试数据，退回。', updatedAt: filed.updatedAt });
  await clerk.context().close();
});
