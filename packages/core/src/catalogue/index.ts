/**
 * The standard catalogue (政务公开事项标准目录), regulations §4–§7: the 26 areas and the 13
 * channels as data, schemas, parsing with located issues, merging, faceted search, compliance
 * checks and a generator for benchmarks.
 */
export * from './schema.js';
export {
  parseCatalogue,
  validateCatalogue,
  CATALOGUE_HEADER_FIELDS,
  type CatalogueIssue,
  type CatalogueParseResult,
  type ParseCatalogueOptions,
} from './parse.js';
export {
  findCatalogueArea,
  HEADER_SCAN_ROWS,
  parseCatalogueTable,
  type CatalogueTableIssue,
  type CatalogueTableResult,
  type CatalogueTableRows,
  type ParseCatalogueTableOptions,
} from './table.js';
export { mergeCatalogues } from './merge.js';
export {
  CATALOGUE_FACETS,
  CatalogueIndex,
  catalogueDisplayOrder,
  catalogueMatches,
  compareItems,
  createCatalogueIndex,
  normalizeSearchText,
  queryCatalogue,
  searchTerms,
  type CatalogueFacet,
  type CatalogueMatch,
  type CatalogueQuery,
  type CatalogueQueryResult,
  type CatalogueSearchField,
  type FacetCounts,
} from './search.js';
export {
  CATALOGUE_CHECKS,
  checkCatalogue,
  type CatalogueCheckCode,
  type CatalogueCheckIssue,
  type CheckCatalogueOptions,
} from './check.js';
export { generateCatalogue } from './generate.js';
export {
  CATALOGUE_TABLE_COLUMNS,
  catalogueItemCells,
  catalogueTable,
  catalogueToCsv,
  parseCsv,
  toCsv,
  type CatalogueTableColumn,
} from './csv.js';
export * from './sample/index.js';
export { PublishedIndex, suggestPublished, type PublishedSuggestion, type SuggestOptions } from './suggest.js';
export {
  blankHidden,
  columnLetters,
  csvRows,
  decodeTableText,
  encodingWarning,
  excelCellText,
  htmlCellText,
  htmlElementText,
  locateCheckMessage,
  nestedTableText,
  HTML_LINE_BREAK,
  mergedGrid,
  parseA1Range,
  spannedGrid,
  MAX_COL_SPAN,
  type DecodedTableText,
  type MergedRange,
  type SpannedCell,
  type TableTextEncoding,
} from './grid.js';
