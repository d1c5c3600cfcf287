/**
 * Units (单位): the bodies a plan makes responsible for a task, from the county government down
 * to villages. A unit is data: a zod schema, with its TypeScript type inferred.
 */
import * as z from 'zod/mini';

/**
 * Kinds of unit.
 * - `county-government`: the county people's government itself (汶上县人民政府);
 * - `county-office`: offices of the county government (县政府办公室, 县扶贫办);
 * - `county-department`: the government's working departments (…局);
 * - `county-institution`: public institutions (…中心, …馆);
 * - `township`, `subdistrict`: 镇/乡 and 街道;
 * - `village`, `community`: 村 and 社区 (居委会);
 * - `other`: bodies outside the county government (vertically managed bureaus, the court, …).
 */
export const UNIT_KINDS = [
  'county-government',
  'county-office',
  'county-department',
  'county-institution',
  'township',
  'subdistrict',
  'village',
  'community',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** The kinds that "县直各部门、单位" covers: every county-level unit under the government. */
export const COUNTY_LEVEL_KINDS: readonly UnitKind[] = ['county-office', 'county-department', 'county-institution'];
/** The kinds that "各乡镇（街道）" covers. */
export const TOWNSHIP_KINDS: readonly UnitKind[] = ['township', 'subdistrict'];

/** A stable slug: lower-case letters and digits in hyphen-separated words ('county-finance'). */
export const UNIT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const unitId = z.string().check(z.regex(UNIT_ID_PATTERN), z.maxLength(80));
const unitName = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

export const UnitSchema = z.strictObject({
  /** Stable slug-like id ('county-finance'); other data refers to a unit by it. */
  id: unitId,
  /** The full name (县人力资源和社会保障局). */
  name: unitName,
  /** The usual short name (县人社局). */
  shortName: z.optional(unitName),
  /** Other names a plan may use (县行政审批局). */
  aliases: z.optional(z.array(unitName)),
  kind: z.enum(UNIT_KINDS),
  /** The id of the unit it belongs to (a department's government, a village's township). */
  parent: z.optional(unitId),
  /** Marks an example unit (not claimed to be real data). */
  example: z.optional(z.literal(true)),
});
export type Unit = z.infer<typeof UnitSchema>;
