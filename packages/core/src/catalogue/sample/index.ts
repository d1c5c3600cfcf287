/**
 * Sample data for the catalogue: a fictional county (示范县), its units, its standard catalogue,
 * and deliberately bad items for the compliance tests.
 */
export { sampleUnitData, sampleUnits } from './units.js';
export { sampleCatalogue } from './catalogue.js';
export { badCatalogueFixtures, badCatalogueItems, type BadCatalogueFixture } from './bad.js';
