/** mergeCatalogues: a county's catalogue and its townships' as one view. */
import { CATALOGUE_LEVELS, type CatalogueItem, type CatalogueLevel, type StandardCatalogue } from './schema.js';

/**
 * Merges catalogues into one view (pure; the inputs are not changed).
 * - Every item gets `origin: { issuer, level }` of its catalogue (an item that already has an
 *   origin, from an earlier merge, keeps it).
 * - An id used by more than one item (across or within the inputs) is made unique on **every**
 *   item that uses it, so no catalogue silently wins: the new id is `<issuer>/<id>` (plus `#2`,
 *   `#3`, … if that still clashes) and the id from the source is kept in `sourceId`. Ids that do
 *   not clash are left as they are.
 * - The header: `issuer` joins the issuers with "、" (in input order, once each), `level` is the
 *   highest level among the inputs (COUNTY before TOWNSHIP before VILLAGE), `versionDate` is the
 *   latest version date.
 * - Items keep the input order (catalogue by catalogue); queryCatalogue sorts for display.
 */
export function mergeCatalogues(catalogues: readonly StandardCatalogue[]): StandardCatalogue {
  const counts = new Map<string, number>();
  for (const c of catalogues) for (const it of c.items) counts.set(it.id, (counts.get(it.id) ?? 0) + 1);
  const used = new Set<string>();
  for (const [id, n] of counts) if (n === 1) used.add(id);
  const items: CatalogueItem[] = [];
  for (const c of catalogues) {
    for (const it of c.items) {
      const origin = it.origin ?? { issuer: c.issuer, level: c.level };
      const item: CatalogueItem = { ...it, origin: { ...origin } };
      if ((counts.get(it.id) ?? 0) > 1) {
        const base = `${origin.issuer}/${it.id}`;
        let id = base;
        for (let k = 2; used.has(id); k++) id = `${base}#${k}`;
        used.add(id);
        item.id = id;
        item.sourceId = it.sourceId ?? it.id;
      }
      items.push(item);
    }
  }
  const issuers = [...new Set(catalogues.map((c) => c.issuer))];
  let level: CatalogueLevel = 'VILLAGE';
  for (const c of catalogues) if (CATALOGUE_LEVELS.indexOf(c.level) < CATALOGUE_LEVELS.indexOf(level)) level = c.level;
  let versionDate = '';
  for (const c of catalogues) if (c.versionDate > versionDate) versionDate = c.versionDate;
  return { issuer: issuers.join('、'), level, versionDate, items };
}
