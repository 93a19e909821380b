// The public routes' handlers: check the URL's parameters, read published data, shape the contract
// (config/src/contracts.ts). Each answers from the URL alone, so respond.ts may cache it by URL.
import type { Core } from '@strapi/strapi';
import type { ListItem, PublicItemDetail, PublicItemPage } from '@nmg/config';
import { notFound } from './errors';
import { contentDisposition } from './export-rows';
import { listCsv } from './export-csv';
import { listXlsx } from './export-xlsx';
import { publicListItem } from './detail';
import { openApiDocument } from './openapi';
import { exportFormat, itemPageParams } from './params';
import { governmentExists, publicDepartment, publicDepartmentsOf, publicGovernments } from './organisations';
import { publicItemPage, publicList, publishedDetails, publishedItemsFrom, type PublishedItemRow } from './queries';
import type { PublicHandler } from './respond';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPE = 'text/csv; charset=utf-8';

/**
 * Items after the requested one read and cached with it. None: the bench measured a miss that read
 * 50 ahead at 0.6× Strapi's own findOne, since every miss paid for 51 items; readers who open the
 * next item pay one indexed query for it instead.
 */
const ITEMS_AHEAD = 0;

function itemDetail(row: PublishedItemRow): PublicItemDetail | null {
  const item = publicListItem(row.detail);
  return item ? { data: { ...item, id: row.id, list: row.meta, department: row.department } } : null;
}

export function publicHandlers(strapi: Core.Strapi): Record<'governments' | 'departmentsOf' | 'department' | 'items' | 'item' | 'exportList' | 'openapi' | 'unknown', PublicHandler> {
  return {
    async governments() {
      return { json: { data: await publicGovernments(strapi) } };
    },

    async departmentsOf({ params }) {
      if (!(await governmentExists(strapi, params.code))) throw notFound.government();
      return { json: { data: await publicDepartmentsOf(strapi, params.code) } };
    },

    async department({ params }) {
      const department = await publicDepartment(strapi, params.id);
      if (!department) throw notFound.department();
      return { json: { data: department } };
    },

    async items({ params, query }) {
      const page = itemPageParams(query);
      const [list, items] = await Promise.all([publicList(strapi, params.id), publicItemPage(strapi, params.id, page)]);
      if (!list) throw notFound.list();
      const body: PublicItemPage = { data: items.items, meta: { page: page.page, pageSize: page.pageSize, total: items.total ?? list.meta.itemCount, list: list.meta, department: list.department } };
      return { json: body };
    },

    async item({ params }) {
      const [row, ...following] = await publishedItemsFrom(strapi, params.id, ITEMS_AHEAD);
      const body = row?.id === params.id ? itemDetail(row) : null;
      if (!body) throw notFound.item();
      const ahead = following.flatMap((other) => {
        const json = itemDetail(other);
        return json ? [{ path: `/items/${other.id}`, json }] : [];
      });
      return { json: body, ahead };
    },

    async exportList({ params, query }) {
      const format = exportFormat(query);
      const list = await publicList(strapi, params.id);
      if (!list) throw notFound.list();
      const items = (await publishedDetails(strapi, params.id)).map(publicListItem).filter((i): i is ListItem => i !== null);
      const title = `${list.department.name}权责清单（第${list.meta.versionNumber}版）`;
      const fallback = `responsibility-list-${list.meta.id}-v${list.meta.versionNumber}.${format}`;
      const disposition = contentDisposition(`${title}.${format}`, fallback);
      if (format === 'xlsx') return { file: await listXlsx(items, title, new Date(list.meta.publicationDate ?? 0)), type: XLSX_TYPE, disposition };
      return { file: listCsv(items), type: CSV_TYPE, disposition };
    },

    async openapi() {
      return { json: openApiDocument() };
    },

    async unknown() {
      throw notFound.route();
    },
  };
}
