/**
 * parseCatalogue: JSON as webmasters write it → a validated catalogue, keeping the valid items
 * when others are invalid, with located issues.
 */
import * as z from 'zod/mini';
import type { Issue } from '../errors.js';
import { parseDeadline } from '../deadlines/parse.js';
import type { DeadlineRule } from '../deadlines/rule-schema.js';
import { schemaIssues } from '../disclosure/shared.js';
import { preview } from '../internal/values.js';
import type { UnitDirectory } from '../units/directory.js';
import { resolveUnits } from '../units/resolve.js';
import {
  areaByName,
  CATALOGUE_AREA_CODES,
  CATALOGUE_LEVELS,
  CatalogueItemSchema,
  CatalogueSchema,
  CHANNEL_CODES,
  CHANNEL_LABELS,
  type CatalogueItem,
  type ChannelCode,
  type StandardCatalogue,
} from './schema.js';

/** An issue of the catalogue module. `error`s drop the item (or the catalogue); `warning`s keep it. */
export interface CatalogueIssue extends Issue {
  severity: 'error' | 'warning';
}

export interface ParseCatalogueOptions {
  /** Resolves a subject given as text (or with no `units`) to unit ids with resolveUnits. */
  units?: UnitDirectory;
}

/**
 * The result of {@link parseCatalogue}.
 * - `ok`: true when there is no issue at all.
 * - `value`: the catalogue with the **valid items only** (in input order), whenever the header
 *   (issuer, level, versionDate) is valid and `items` is a list; `undefined` otherwise.
 * - `issues`: every problem, located (`['items', i, field, …]` for an item), all `error`s.
 *   Item issues carry `params.n` (1-based item number), `params.index` (0-based),
 *   `params.column` (the column label code, see CATALOGUE_COLUMNS) and `params.field`
 *   (the dotted path inside the item).
 */
export interface CatalogueParseResult {
  ok: boolean;
  value: StandardCatalogue | undefined;
  issues: CatalogueIssue[];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const CHANNEL_BY_LABEL = new Map<string, ChannelCode>();
for (const code of CHANNEL_CODES)
  for (const label of CHANNEL_LABELS[code]) CHANNEL_BY_LABEL.set(label.normalize('NFKC').replace(/\s+/gu, ''), code);

/** A channel code, or a printed label of one ('政府网站' → GOV_WEBSITE). */
function channelCode(v: unknown): unknown {
  if (typeof v !== 'string' || (CHANNEL_CODES as readonly string[]).includes(v)) return v;
  return CHANNEL_BY_LABEL.get(v.normalize('NFKC').replace(/\s+/gu, '')) ?? v;
}

/**
 * Fills the shorthand forms before validation: `timeLimit` as a string (or `{ text }` with no
 * rule) is parsed with parseDeadline; `subject` as a string (or `{ text }` with no units) gets
 * the units the directory resolves (none without a directory); `area` may be a name or alias;
 * `channels` may hold printed labels.
 */
function expand(raw: Record<string, unknown>, options: ParseCatalogueOptions, previous: DeadlineRule | undefined): Record<string, unknown> {
  const item: Record<string, unknown> = { ...raw };
  if (typeof item.area === 'string' && !(CATALOGUE_AREA_CODES as readonly string[]).includes(item.area)) {
    const a = areaByName(item.area);
    if (a) item.area = a.code;
  }
  const tl = item.timeLimit;
  if (typeof tl === 'string') item.timeLimit = { text: tl, rule: parseDeadline(tl, { previous }) };
  else if (isObject(tl) && typeof tl.text === 'string' && tl.rule === undefined)
    item.timeLimit = { ...tl, rule: parseDeadline(tl.text, { previous }) };
  const sub = item.subject;
  const resolve = (text: string): string[] => (options.units ? resolveUnits(text, options.units).units.map((u) => u.id) : []);
  if (typeof sub === 'string') item.subject = { text: sub, units: resolve(sub) };
  else if (isObject(sub) && typeof sub.text === 'string' && sub.units === undefined) item.subject = { ...sub, units: resolve(sub.text) };
  if (Array.isArray(item.channels)) item.channels = item.channels.map(channelCode);
  return item;
}

const HEADER_FIELDS = ['issuer', 'level', 'versionDate'] as const;
const HeaderSchema = z.object({
  issuer: CatalogueSchema.shape.issuer,
  level: z.enum(CATALOGUE_LEVELS),
  versionDate: CatalogueSchema.shape.versionDate,
});

/** Adds the item number, index and column to an item issue; maps refinement codes. */
function locate(issue: CatalogueIssue, i: number): CatalogueIssue {
  const keys = issue.path.slice(2);
  const column = typeof keys[0] === 'string' ? keys[0] : '';
  let code = issue.code;
  if (code === 'date.format' || code === 'date.invalid') code = 'catalogue.item.invalid-date';
  return { ...issue, code, params: { ...issue.params, n: i + 1, index: i, column } };
}

/**
 * Parses and validates a catalogue. Never throws. Valid items are kept even when others are
 * invalid; see {@link CatalogueParseResult} for the exact shape. Accepts the shorthand forms
 * (see `expand`); {@link validateCatalogue} is the same check on the canonical form only.
 */
export function parseCatalogue(json: unknown, options: ParseCatalogueOptions = {}): CatalogueParseResult {
  let previous: DeadlineRule | undefined;
  return checkCatalogueJson(
    json,
    (raw) => expand(raw, options, previous),
    (item) => (previous = item.timeLimit.rule),
  );
}

/**
 * Validates a catalogue in its canonical JSON form (CatalogueSchema), with the same located
 * issues and the same keep-the-valid-items result as {@link parseCatalogue}, but without the
 * shorthand forms: a time limit must carry its parsed `rule`, a subject its `units`, an area
 * its code. It does not load the deadline parser or the unit resolver, so browser bundles that
 * only display catalogues stay small.
 *
 * It also requires unique item ids, since a viewer keys rows, selections and links by id: an
 * item whose id an earlier valid item already uses is left out with a
 * `catalogue.check.duplicate-id` error (params `itemId`, `firstN`).
 */
export function validateCatalogue(json: unknown): CatalogueParseResult {
  return checkCatalogueJson(
    json,
    (raw) => raw,
    () => undefined,
    true,
  );
}

function checkCatalogueJson(
  json: unknown,
  prepare: (raw: Record<string, unknown>) => Record<string, unknown>,
  accepted: (item: CatalogueItem) => void,
  uniqueIds = false,
): CatalogueParseResult {
  if (!isObject(json))
    return {
      ok: false,
      value: undefined,
      issues: [{ code: 'catalogue.invalid', path: [], params: { value: preview(json) }, severity: 'error' }],
    };
  const issues: CatalogueIssue[] = [];
  const header = HeaderSchema.safeParse(json);
  if (!header.success) {
    for (const zi of header.error.issues) {
      const field = String(zi.path[0] ?? '');
      const value = json[field];
      issues.push(
        value === undefined
          ? { code: 'catalogue.header.missing', path: [field], params: { field }, severity: 'error' }
          : { code: 'catalogue.header.invalid-value', path: [field], params: { field, value: preview(value) }, severity: 'error' },
      );
    }
  }
  const rawItems = json.items;
  if (!Array.isArray(rawItems)) {
    issues.push(
      rawItems === undefined
        ? { code: 'catalogue.header.missing', path: ['items'], params: { field: 'items' }, severity: 'error' }
        : { code: 'catalogue.items.not-array', path: ['items'], params: { value: preview(rawItems) }, severity: 'error' },
    );
    return { ok: false, value: undefined, issues };
  }
  const items: CatalogueItem[] = [];
  const seen = new Map<string, number>();
  rawItems.forEach((raw: unknown, i) => {
    if (!isObject(raw)) {
      issues.push({
        code: 'catalogue.item.not-object',
        path: ['items', i],
        params: { n: i + 1, index: i, column: '', value: preview(raw) },
        severity: 'error',
      });
      return;
    }
    const expanded = prepare(raw);
    const r = CatalogueItemSchema.safeParse(expanded);
    if (r.success && uniqueIds && seen.has(r.data.id)) {
      issues.push({
        code: 'catalogue.check.duplicate-id',
        path: ['items', i, 'id'],
        params: { n: i + 1, index: i, column: 'id', itemId: r.data.id, firstN: seen.get(r.data.id)! + 1 },
        severity: 'error',
      });
    } else if (r.success) {
      seen.set(r.data.id, i);
      items.push(r.data);
      accepted(r.data);
    } else {
      for (const issue of schemaIssues('items', 'catalogue.item', i, expanded, r.error.issues)) issues.push(locate(issue, i));
    }
  });
  const value: StandardCatalogue | undefined = header.success ? { ...header.data, items } : undefined;
  return { ok: issues.length === 0, value, issues };
}

/** The header fields of a catalogue, for forms. */
export const CATALOGUE_HEADER_FIELDS: readonly string[] = HEADER_FIELDS;
