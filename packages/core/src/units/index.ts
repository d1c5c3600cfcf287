/**
 * Units: the schema, a directory with look-ups by id, name and alias, the resolver of plan
 * expressions ("县直各部门、单位；各乡镇（街道）"), and the seed plan's units.
 */
export * from './schema.js';
export { createUnitDirectory, normalizeUnitName, type UnitDirectory } from './directory.js';
export { resolveUnits, type UnitGroup, type UnitGroupKind, type UnitResolution, type UnitRole } from './resolve.js';
export { seedUnitData, seedUnits } from './seed.js';
