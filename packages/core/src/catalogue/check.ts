/**
 * checkCatalogue: compliance checks over a validated catalogue (regulations §4.1 minimum
 * elements, §5.2 channels, §9.2 village affairs). Severities are decided in
 * docs/decisions/0007-catalogue.md.
 */
import type { UnitDirectory } from '../units/directory.js';
import { resolveUnits } from '../units/resolve.js';
import { NOTICE_BOARD_CHANNEL, type StandardCatalogue } from './schema.js';
import { normalizeSearchText } from './search.js';

/** One finding of {@link checkCatalogue}. `params` always holds `n` (1-based item number), `index`, `itemId` and `column`. */
export interface CatalogueCheckIssue {
  itemId: string;
  path: (string | number)[];
  code: string;
  severity: 'error' | 'warning';
  params: Record<string, unknown>;
}

export interface CheckCatalogueOptions {
  /** The directory the subjects' unit ids must be in; without it, unit ids are not looked up. */
  units?: UnitDirectory;
}

/** The codes checkCatalogue reports, with their severity. */
export const CATALOGUE_CHECKS = {
  'catalogue.check.basis-missing': 'error',
  'catalogue.check.time-limit-missing': 'error',
  'catalogue.check.time-limit-unparsed': 'warning',
  'catalogue.check.subject-unresolved': 'error',
  'catalogue.check.subject-units-missing': 'warning',
  'catalogue.check.unit-unknown': 'error',
  'catalogue.check.duplicate-id': 'error',
  'catalogue.check.duplicate-item': 'warning',
  'catalogue.check.on-request-no-reason': 'error',
  'catalogue.check.no-channel': 'error',
  'catalogue.check.village-no-notice-board': 'warning',
} as const satisfies Record<string, 'error' | 'warning'>;
export type CatalogueCheckCode = keyof typeof CATALOGUE_CHECKS;

/**
 * Checks every item of a catalogue. Pure; reports in item order, then rule order:
 * - `basis-missing` (error): no 公开依据;
 * - `time-limit-missing` (error): empty 公开时限 text; `time-limit-unparsed` (warning): text the
 *   deadline parser cannot read (rule kind `unparsed`, or a compound with an unparsed part);
 * - `subject-unresolved` (error): `subject.units` is empty and the directory (when given) finds
 *   no unit in the text either; `subject-units-missing` (warning): `subject.units` is empty but
 *   the directory resolves the text (params.suggested lists the ids); `unit-unknown` (error): a
 *   unit id not in the directory (only with a directory);
 * - `duplicate-id` (error): an id used by an earlier item; `duplicate-item` (warning): the same
 *   area and item1/item2/item3 (normalised) as an earlier item (params.firstN, params.firstId);
 * - `on-request-no-reason` (error): mode is only ON_REQUEST and there is no `reason`;
 * - `no-channel` (error): no channel code and no free-text channel;
 * - `village-no-notice-board` (warning): level includes VILLAGE but channels lack NOTICE_BOARD.
 */
export function checkCatalogue(catalogue: StandardCatalogue, options: CheckCatalogueOptions = {}): { issues: CatalogueCheckIssue[] } {
  const issues: CatalogueCheckIssue[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  const { units } = options;
  catalogue.items.forEach((item, i) => {
    const add = (code: CatalogueCheckCode, column: string, extra: Record<string, unknown> = {}, sub: (string | number)[] = []) => {
      issues.push({
        itemId: item.id,
        path: ['items', i, column, ...sub],
        code,
        severity: CATALOGUE_CHECKS[code],
        params: { n: i + 1, index: i, itemId: item.id, column, ...extra },
      });
    };
    // Duplicates first: they concern the row as a whole.
    const firstId = ids.get(item.id);
    if (firstId !== undefined) add('catalogue.check.duplicate-id', 'id', { firstN: firstId + 1, firstId: item.id });
    else ids.set(item.id, i);
    const key = [item.area, item.item1, item.item2, item.item3 ?? ''].map(normalizeSearchText).join('\u0000');
    const firstName = names.get(key);
    if (firstName !== undefined) {
      add('catalogue.check.duplicate-item', 'item2', {
        firstN: firstName + 1,
        firstId: catalogue.items[firstName]!.id,
        item1: item.item1,
        item2: item.item2,
      });
    } else names.set(key, i);

    if (item.basis.every((b) => b.trim() === '')) add('catalogue.check.basis-missing', 'basis');

    if (item.timeLimit.text.trim() === '') add('catalogue.check.time-limit-missing', 'timeLimit');
    else {
      const rule = item.timeLimit.rule;
      const unparsed =
        rule.kind === 'unparsed' ? rule : rule.kind === 'compound' ? rule.parts.find((p) => p.kind === 'unparsed') : undefined;
      if (unparsed)
        add('catalogue.check.time-limit-unparsed', 'timeLimit', {
          text: item.timeLimit.text,
          reason: unparsed.kind === 'unparsed' ? unparsed.reason : '',
        });
    }

    if (item.subject.units.length === 0) {
      const suggested = units && item.subject.text.trim() !== '' ? resolveUnits(item.subject.text, units).units.map((u) => u.id) : [];
      if (suggested.length > 0)
        add('catalogue.check.subject-units-missing', 'subject', { text: item.subject.text, suggested: suggested.join(', ') });
      else add('catalogue.check.subject-unresolved', 'subject', { text: item.subject.text });
    } else if (units) {
      item.subject.units.forEach((id, k) => {
        if (!units.byId(id)) add('catalogue.check.unit-unknown', 'subject', { unit: id }, ['units', k]);
      });
    }

    if (item.mode.length > 0 && item.mode.every((m) => m === 'ON_REQUEST') && !item.reason?.trim())
      add('catalogue.check.on-request-no-reason', 'mode');

    if (item.channels.length === 0 && item.channelsOther.length === 0) add('catalogue.check.no-channel', 'channels');
    if (item.level.includes('VILLAGE') && !item.channels.includes(NOTICE_BOARD_CHANNEL))
      add('catalogue.check.village-no-notice-board', 'channels', { channel: NOTICE_BOARD_CHANNEL });
  });
  return { issues };
}
