/**
 * The catalogue tree as a flat list of visible rows (area → 一级事项 → 二级事项), the shape a
 * virtualized WAI-ARIA tree needs: each row knows its level, its position among its siblings
 * and whether it is expanded. Pure functions; no DOM.
 */
import type { CatalogueAreaCode, CatalogueItem } from '@gongkai/core';

interface RowBase {
  /** Stable key: `a:<area>`, `g:<area>\u0000<item1>` or `i:<item id>`. */
  key: string;
  level: 1 | 2 | 3;
  /** Position among its siblings (1-based) and the number of siblings. */
  posinset: number;
  setsize: number;
  /** The key of the parent row ('' for an area). */
  parent: string;
}

/** An area or a 一级事项: a group with the number of matching items under it. */
export interface GroupRow extends RowBase {
  kind: 'area' | 'group';
  area: CatalogueAreaCode;
  /** The 一级事项 for a group row; '' for an area. */
  item1: string;
  count: number;
  expanded: boolean;
  /** One item under the group (for highlighting the 一级事项 name). */
  first: CatalogueItem;
}

/** A 二级事项: one catalogue item. */
export interface ItemRow extends RowBase {
  kind: 'item';
  item: CatalogueItem;
}

export type TreeRow = GroupRow | ItemRow;

export const areaKey = (area: string): string => `a:${area}`;
export const groupKey = (area: string, item1: string): string => `g:${area}\u0000${item1}`;
export const itemKey = (id: string): string => `i:${id}`;

/**
 * The visible rows for `items` (in the stable order core's search returns: area, 一级事项,
 * 二级事项, id), with the groups whose keys are in `collapsed` closed. O(items).
 */
export function buildTreeRows(items: readonly CatalogueItem[], collapsed: ReadonlySet<string>): TreeRow[] {
  // Pass 1: the hierarchy, with counts.
  interface Group {
    item1: string;
    items: CatalogueItem[];
  }
  interface Area {
    code: CatalogueAreaCode;
    groups: Group[];
    count: number;
  }
  const areas: Area[] = [];
  let area: Area | undefined;
  let group: Group | undefined;
  for (const it of items) {
    if (!area || area.code !== it.area) {
      area = { code: it.area, groups: [], count: 0 };
      areas.push(area);
      group = undefined;
    }
    if (!group || group.item1 !== it.item1) {
      group = { item1: it.item1, items: [] };
      area.groups.push(group);
    }
    group.items.push(it);
    area.count++;
  }
  // Pass 2: the visible rows.
  const rows: TreeRow[] = [];
  areas.forEach((a, ai) => {
    const aKey = areaKey(a.code);
    const aOpen = !collapsed.has(aKey);
    rows.push({
      kind: 'area',
      key: aKey,
      level: 1,
      posinset: ai + 1,
      setsize: areas.length,
      parent: '',
      area: a.code,
      item1: '',
      count: a.count,
      expanded: aOpen,
      first: a.groups[0]!.items[0]!,
    });
    if (!aOpen) return;
    a.groups.forEach((g, gi) => {
      const gKey = groupKey(a.code, g.item1);
      const gOpen = !collapsed.has(gKey);
      rows.push({
        kind: 'group',
        key: gKey,
        level: 2,
        posinset: gi + 1,
        setsize: a.groups.length,
        parent: aKey,
        area: a.code,
        item1: g.item1,
        count: g.items.length,
        expanded: gOpen,
        first: g.items[0]!,
      });
      if (!gOpen) return;
      g.items.forEach((it, ii) =>
        rows.push({ kind: 'item', key: itemKey(it.id), level: 3, posinset: ii + 1, setsize: g.items.length, parent: gKey, item: it }),
      );
    });
  });
  return rows;
}

/** The text type-ahead compares: the row's name, folded for comparison. */
export function rowName(row: TreeRow, areaName: (code: CatalogueAreaCode) => string): string {
  if (row.kind === 'item') return row.item.item2;
  return row.kind === 'area' ? areaName(row.area) : row.item1;
}

/**
 * APG tree type-ahead: the index of the next row (after `from`, wrapping) whose name starts
 * with `prefix` (case-insensitive, full-width folded); -1 when none does.
 */
export function typeAhead(rows: readonly TreeRow[], from: number, prefix: string, name: (row: TreeRow) => string): number {
  const want = fold(prefix);
  if (!want) return -1;
  const n = rows.length;
  for (let k = 1; k <= n; k++) {
    const i = (from + k) % n;
    if (fold(name(rows[i]!)).startsWith(want)) return i;
  }
  return -1;
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().trim();
