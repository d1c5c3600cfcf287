/**
 * A directory of units with look-ups by id, by name and by alias. Names are matched after
 * {@link normalizeUnitName}, so "县人社局", "县人力资源和社会保障局" and "县 人力资源和社会保障局"
 * find the same unit, and full-width and half-width brackets are the same.
 */
import type { Issue, Result } from '../errors.js';
import { UNIT_KINDS, UnitSchema, type Unit, type UnitKind } from './schema.js';

/** A validated, indexed set of units. Built by {@link createUnitDirectory}; read-only. */
export interface UnitDirectory {
  /** How many units it holds. */
  readonly size: number;
  /** The unit with this id. */
  byId(id: string): Unit | undefined;
  /** The unit with this name, short name or alias (normalised: spaces, full-width forms). */
  byName(nameOrAlias: string): Unit | undefined;
  /** Every unit, in the order given. */
  all(): readonly Unit[];
  /** The units of any of these kinds, in the order given. */
  ofKind(...kinds: UnitKind[]): readonly Unit[];
  /** The units whose parent is `id`, in the order given. */
  childrenOf(id: string): readonly Unit[];
}

const SPACES = /[\s\u200b\ufeff]+/g;

/**
 * The form in which names are compared: NFKC (full-width letters, digits and brackets become
 * half-width; the ideographic space becomes a space), then without any white space.
 */
export function normalizeUnitName(name: string): string {
  return name.normalize('NFKC').replace(SPACES, '');
}

const freezeUnit = (u: Unit): Unit => Object.freeze(u.aliases ? { ...u, aliases: Object.freeze([...u.aliases]) as string[] } : { ...u });

class Directory implements UnitDirectory {
  readonly #units: readonly Unit[];
  readonly #ids = new Map<string, Unit>();
  readonly #names = new Map<string, Unit>();
  readonly #kinds = new Map<string, readonly Unit[]>();
  readonly #children = new Map<string, readonly Unit[]>();

  constructor(units: Unit[], names: Map<string, Unit>) {
    this.#units = Object.freeze(units);
    for (const u of units) this.#ids.set(u.id, u);
    this.#names = names;
  }

  get size(): number {
    return this.#units.length;
  }

  byId(id: string): Unit | undefined {
    return this.#ids.get(id);
  }

  byName(nameOrAlias: string): Unit | undefined {
    return this.#names.get(nameOrAlias) ?? this.#names.get(normalizeUnitName(nameOrAlias));
  }

  all(): readonly Unit[] {
    return this.#units;
  }

  ofKind(...kinds: UnitKind[]): readonly Unit[] {
    const key = kinds.join(',');
    let list = this.#kinds.get(key);
    if (!list) {
      const set = new Set<string>(kinds);
      list = Object.freeze(this.#units.filter((u) => set.has(u.kind)));
      this.#kinds.set(key, list);
    }
    return list;
  }

  childrenOf(id: string): readonly Unit[] {
    let list = this.#children.get(id);
    if (!list) {
      list = Object.freeze(this.#units.filter((u) => u.parent === id));
      this.#children.set(id, list);
    }
    return list;
  }
}

/** The county's name from its government's name: "汶上县人民政府" → "汶上". */
const COUNTY_GOVERNMENT_NAME = /^(.+?)县人民政府$/;

/**
 * Validates units and indexes them. Every problem is a located issue:
 * - `unit.invalid` (path `['units', i, field]`): a unit of the wrong shape;
 * - `unit.duplicate-id`: an id used twice;
 * - `unit.duplicate-name`: a name, short name or alias that names two units;
 * - `unit.unknown-parent`: a parent id that is not in the list;
 * - `unit.parent-cycle`: a unit that is its own ancestor.
 *
 * When the list holds a county government named "X县人民政府", every name starting with "县" is
 * also found with the county's name in front ("县财政局" as "X县财政局"), unless that name is taken.
 */
export function createUnitDirectory(units: unknown[]): Result<UnitDirectory> {
  const issues: Issue[] = [];
  if (!Array.isArray(units)) {
    return { ok: false, issues: [{ code: 'unit.invalid', path: ['units'], params: { index: -1, field: '', problem: 'expected_array' } }] };
  }
  const valid: { unit: Unit; index: number }[] = [];
  units.forEach((raw, index) => {
    const parsed = UnitSchema.safeParse(raw);
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        const keys = zi.code === 'unrecognized_keys' ? (zi as { keys?: string[] }).keys : undefined;
        for (const extra of keys?.length ? keys : [undefined]) {
          const path = [...(zi.path as (string | number)[]), ...(extra === undefined ? [] : [extra])];
          issues.push({
            code: 'unit.invalid',
            path: ['units', index, ...path],
            params: {
              index,
              field: String(path[0] ?? ''),
              problem: zi.code,
              ...(path[0] === 'kind' ? { allowed: UNIT_KINDS.join(', ') } : {}),
            },
          });
        }
      }
      return;
    }
    valid.push({ unit: freezeUnit(parsed.data), index });
  });

  // Ids
  const byId = new Map<string, { unit: Unit; index: number }>();
  const kept: { unit: Unit; index: number }[] = [];
  for (const entry of valid) {
    const first = byId.get(entry.unit.id);
    if (first) {
      issues.push({
        code: 'unit.duplicate-id',
        path: ['units', entry.index, 'id'],
        params: { id: entry.unit.id, index: entry.index, first: first.index },
      });
      continue;
    }
    byId.set(entry.unit.id, entry);
    kept.push(entry);
  }

  // Names, short names and aliases
  const names = new Map<string, Unit>();
  const owner = new Map<string, number>();
  for (const { unit, index } of kept) {
    const own: [string, (string | number)[]][] = [[unit.name, ['name']]];
    if (unit.shortName !== undefined) own.push([unit.shortName, ['shortName']]);
    unit.aliases?.forEach((a, ai) => own.push([a, ['aliases', ai]]));
    for (const [name, at] of own) {
      const key = normalizeUnitName(name);
      const other = names.get(key);
      if (other && other !== unit) {
        issues.push({
          code: 'unit.duplicate-name',
          path: ['units', index, ...at],
          params: { name, id: unit.id, other: other.id, index, first: owner.get(key) },
        });
        continue;
      }
      names.set(key, unit);
      owner.set(key, index);
    }
  }

  // Parents
  for (const { unit, index } of kept) {
    if (unit.parent === undefined) continue;
    if (!byId.has(unit.parent)) {
      issues.push({ code: 'unit.unknown-parent', path: ['units', index, 'parent'], params: { id: unit.id, parent: unit.parent, index } });
      continue;
    }
    const seen = new Set<string>([unit.id]);
    for (let p: string | undefined = unit.parent; p !== undefined; p = byId.get(p)?.unit.parent) {
      if (seen.has(p)) {
        if (p === unit.id)
          issues.push({ code: 'unit.parent-cycle', path: ['units', index, 'parent'], params: { id: unit.id, parent: unit.parent, index } });
        break;
      }
      seen.add(p);
    }
  }

  if (issues.length > 0) return { ok: false, issues };

  // The county's name in front of "县…" names, where free.
  const government = kept.find(
    ({ unit }) => unit.kind === 'county-government' && COUNTY_GOVERNMENT_NAME.test(normalizeUnitName(unit.name)),
  );
  const county = government ? COUNTY_GOVERNMENT_NAME.exec(normalizeUnitName(government.unit.name))?.[1] : undefined;
  if (county) {
    for (const [key, unit] of [...names]) {
      if (key.startsWith('县') && !names.has(county + key)) names.set(county + key, unit);
    }
  }

  return {
    ok: true,
    value: new Directory(
      kept.map((e) => e.unit),
      names,
    ),
  };
}
