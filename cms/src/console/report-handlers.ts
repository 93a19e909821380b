// /console-api routes of annual reports (Art. 7) and major-penalty filings (Art. 16) beyond CRUD:
// a report's view (routing, steps, flags, roll-up), its figures drafted from the system's records,
// its steps (submit, accept, return), its .docx; a filing's receipt by the justice department.
// Every write is an ordinary document-service update as the user, so the rules run as on any path.
import type { Core } from '@strapi/strapi';
import type { ReportAction, ReportFigures } from '@nmg/config';
import { today } from '../store/facts';
import { REPORT } from '../reports/reporter';
import { FILING } from '../guards/rules/major-penalty-filing';
import { asSystem } from '../scope/actor';
import { isRow, numOf, strOf, type Row } from '../util/row';
import { withTrx } from '../util/trx';
import { authenticate, requirePermission, type ConsoleUser } from './auth';
import { ConsoleError } from './errors';
import type { ConsoleContext } from './handlers';
import { visibleDocument } from './visible';
import { loadReportContext, reportActions, reportView, isEditableBy, type ReportContext } from '../reports/context';
import { computeFigures } from '../reports/figures';
import { draftText, reportTitle } from '../reports/draft-text';
import { DOCX_TYPE, reportDocx } from '../reports/docx';

const NOT_FOUND = '年度报告不存在或不在您的数据范围内。';
const STEP: Record<ReportAction, { from: string[]; to: string }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
};

/** The report, if the user may read it: the scoped read decides, then the routing is loaded. */
const visibleReport = (strapi: Core.Strapi, user: ConsoleUser, id: string): Promise<ReportContext> =>
  visibleDocument(strapi, user, REPORT, id, () => loadReportContext(strapi, id), NOT_FOUND);

function readStep(body: unknown): { action: ReportAction; opinion: string | null } {
  const b = isRow(body) ? body : {};
  const action = strOf(b, 'action');
  if (action !== 'submit' && action !== 'accept' && action !== 'return') {
    throw new ConsoleError(400, 'INVALID_ACTION', '操作须为 submit、accept、return 之一。', { action: ['不支持的操作'] });
  }
  const opinion = strOf(b, 'opinion')?.trim() ?? '';
  return { action, opinion: opinion === '' ? null : opinion };
}

const lockReport = (strapi: Core.Strapi, id: string): Promise<unknown> =>
  withTrx(strapi, (trx) => trx('annual_reports').where({ document_id: id }).forUpdate().select('id'));

export function reportHandlers(strapi: Core.Strapi) {
  const view = async (user: ConsoleUser, id: string) => {
    const context = await loadReportContext(strapi, id);
    if (!context) throw new ConsoleError(404, 'NOT_FOUND', NOT_FOUND);
    return reportView(strapi, user.actor, context, today());
  };
  return {
    async view(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      await visibleReport(strapi, user, ctx.params.id);
      ctx.body = await view(user, ctx.params.id);
    },

    /** Computes the year's figures in the reporter's area; fills the title and text when empty. */
    async draft(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      const id = ctx.params.id;
      const context = await visibleReport(strapi, user, id);
      if (!isEditableBy(user.actor, context)) {
        throw new ConsoleError(403, 'REPORT_ROUTE', '依据《内蒙古自治区行政执法责任制规定》第七条，只有报告单位可以在报送前生成本单位年度报告的统计数据。', { figures: ['只有报告单位可以生成'] });
      }
      const year = numOf(context.row, 'year') ?? new Date().getUTCFullYear();
      const figures: ReportFigures = await computeFigures(strapi, context.area, year, today());
      const data: Row = { figures };
      if (!strOf(context.row, 'content')?.trim()) data.content = draftText(figures);
      if (!strOf(context.row, 'title')?.trim()) data.title = reportTitle(context.area.name, year);
      // The figures are the server's (REPORT_SERVER_FIELDS): written as the system once the user is
      // known to be the reporter; the text stays the user's own, edited afterwards.
      await asSystem(() => strapi.documents(REPORT).update({ documentId: id, data, fields: ['documentId'] }));
      ctx.body = await view(user, id);
    },

    async transition(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      const id = ctx.params.id;
      const { action, opinion } = readStep(ctx.request.body);
      await visibleReport(strapi, user, id);
      await strapi.db.transaction(async () => {
        await lockReport(strapi, id);
        const context = await loadReportContext(strapi, id);
        if (!context) throw new ConsoleError(404, 'NOT_FOUND', NOT_FOUND);
        const state = strOf(context.row, 'state') ?? 'draft';
        if (!STEP[action].from.includes(state)) {
          throw new ConsoleError(409, 'WRONG_STATE', `该报告当前状态为“${state}”，不能执行此操作，请刷新后查看最新状态。`, { state: [`当前状态：${state}`] }, { state });
        }
        if (!reportActions(user.actor, context).includes(action)) requirePermission(user, REPORT, 'update');
        const data: Row = { state: STEP[action].to };
        if (action === 'return') data.reviewOpinion = opinion;
        await strapi.documents(REPORT).update({ documentId: id, data, fields: ['documentId'] });
      });
      ctx.body = await view(user, id);
    },

    async exportDocx(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      const context = await visibleReport(strapi, user, ctx.params.id);
      const { row } = context;
      const year = numOf(row, 'year') ?? 0;
      const figures = isRow(row.figures) ? (row.figures as unknown as ReportFigures) : null;
      const submitted = row.submittedAt instanceof Date ? row.submittedAt.toISOString() : strOf(row, 'submittedAt');
      const date = (submitted ?? new Date().toISOString()).slice(0, 10).split('-');
      const buffer = await reportDocx({
        documentNumber: strOf(row, 'documentNumber'),
        title: strOf(row, 'title') ?? reportTitle(context.area.name, year),
        receivers: context.receivers.map((r) => r.name),
        content: strOf(row, 'content') ?? '',
        figures,
        reporter: context.area.name,
        date: `${Number(date[0])}年${Number(date[1])}月${Number(date[2])}日`,
      });
      const name = encodeURIComponent(`${reportTitle(context.area.name, year)}.docx`);
      ctx.set('Content-Type', DOCX_TYPE);
      ctx.set('Content-Disposition', `attachment; filename="annual-report-${year}.docx"; filename*=UTF-8''${name}`);
      ctx.body = buffer;
    },

    /** Art. 16 with Art. 5: the justice department of the deciding department's government records receipt. */
    async receipt(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      requirePermission(user, FILING, 'findOne');
      const id = ctx.params.id;
      const seen: unknown = await strapi.documents(FILING).findOne({ documentId: id, fields: ['filedAt'] });
      if (!isRow(seen)) throw new ConsoleError(404, 'NOT_FOUND', '备案记录不存在或不在您的数据范围内。');
      const body = isRow(ctx.request.body) ? ctx.request.body : {};
      const given = strOf(body, 'receivedAt');
      if (given !== null && !/^\d{4}-\d{2}-\d{2}$/.test(given)) throw new ConsoleError(400, 'INVALID_DATE', '接收日期格式应为 YYYY-MM-DD。', { receivedAt: ['日期格式不正确'] });
      await strapi.documents(FILING).update({ documentId: id, data: { receivedAt: given ?? today() }, fields: ['documentId'] });
      const row: unknown = await strapi.db.query(FILING).findOne({ where: { documentId: id }, select: ['documentId', 'filedAt', 'receivedAt', 'receivedBy', 'filingDeadline', 'filedLate'] });
      ctx.body = isRow(row) ? { id, filedAt: row.filedAt, receivedAt: row.receivedAt, receivedBy: row.receivedBy, filingDeadline: row.filingDeadline, filedLate: row.filedLate } : { id };
    },
  };
}

/** The routes, as [method, path, handler]; mounted by console/routes.ts with its error mapping. */
export function reportRoutes(strapi: Core.Strapi): [Core.HTTPMethod, string, (ctx: ConsoleContext) => Promise<void>][] {
  const h = reportHandlers(strapi);
  return [
    ['GET', '/console-api/annual-reports/:id/view', h.view],
    ['POST', '/console-api/annual-reports/:id/draft', h.draft],
    ['POST', '/console-api/annual-reports/:id/transition', h.transition],
    ['GET', '/console-api/annual-reports/:id/export.docx', h.exportDocx],
    ['POST', '/console-api/major-penalty-filings/:id/receipt', h.receipt],
  ];
}
