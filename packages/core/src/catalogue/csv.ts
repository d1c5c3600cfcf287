/**
 * The catalogue as the official table (regulations §5.1): one row per item with the printed
 * column headers, and as CSV that Excel opens correctly (UTF-8 with a byte-order mark).
 */
import { catalogueMessages } from '../messages/catalogue.js';
import { lookup, type Lang } from '../messages/lookup.js';
import { parseCsv, toCsv } from '../internal/csv.js';
import type { CatalogueItem } from './schema.js';

export { parseCsv, toCsv };

/** The columns of the exported table, in the official order (regulations §5.1). */
export const CATALOGUE_TABLE_COLUMNS = [
  'id',
  'area',
  'item1',
  'item2',
  'item3',
  'content',
  'basis',
  'timeLimit',
  'subject',
  'channels',
  'audience',
  'mode',
  'level',
  'links',
  'reason',
  'origin',
] as const;
export type CatalogueTableColumn = (typeof CATALOGUE_TABLE_COLUMNS)[number];

const CATALOGUES = [catalogueMessages];

/**
 * One item's cells, by column, as text: lists one entry per line, channels by their printed
 * labels (the ticked ones, then the free-text ones), links as "title url", the time limit and
 * the subject as written.
 */
export function catalogueItemCells(item: CatalogueItem, lang: Lang): Record<CatalogueTableColumn, string> {
  const label = (code: string) => lookup(CATALOGUES, lang, code);
  const sep = lang === 'en' ? ', ' : '、';
  return {
    id: item.id,
    area: label(`catalogue.area.${item.area}`),
    item1: item.item1,
    item2: item.item2,
    item3: item.item3 ?? '',
    content: item.content.join('\n'),
    basis: item.basis.join('\n'),
    timeLimit: item.timeLimit.text,
    subject: item.subject.text,
    channels: [...item.channels.map((c) => label(`catalogue.channel.${c}`)), ...item.channelsOther].join(sep),
    audience: item.audience.map((a) => label(`catalogue.audience.${a}`)).join(sep),
    mode: item.mode.map((m) => label(`catalogue.mode.${m}`)).join(sep),
    level: item.level.map((l) => label(`catalogue.level.${l}`)).join(sep),
    links: (item.links ?? []).map((l) => `${l.title} ${l.url}`).join('\n'),
    reason: item.reason ?? '',
    origin: item.origin?.issuer ?? '',
  };
}

/** The table: the header row (printed column names) and one row per item, in the given order. */
export function catalogueTable(items: readonly CatalogueItem[], lang: Lang): string[][] {
  const header = CATALOGUE_TABLE_COLUMNS.map((c) => lookup(CATALOGUES, lang, `catalogue.column.${c}`));
  return [
    header,
    ...items.map((it) => {
      const cells = catalogueItemCells(it, lang);
      return CATALOGUE_TABLE_COLUMNS.map((c) => cells[c]);
    }),
  ];
}

/** The items as the official table in CSV (see {@link toCsv}). */
export function catalogueToCsv(items: readonly CatalogueItem[], lang: Lang): string {
  return toCsv(catalogueTable(items, lang));
}
