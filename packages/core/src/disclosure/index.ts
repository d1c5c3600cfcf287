/**
 * Disclosure attributes of documents, legal grounds for withholding, document records with
 * their yearly review and clean-up, and the negative list (seed tasks 2 and 6).
 */
export {
  attributeOfMarking,
  createLegalGrounds,
  DISCLOSURE_ATTRIBUTES,
  DisclosureAttributeSchema,
  isWithheld,
  LEGAL_GROUNDS,
  legalGround,
  markingOf,
  reportRowOf,
  type DisclosureAttribute,
  type DisclosureAttributeInfo,
  type GroundForce,
  type LegalGround,
  type LegalGroundCode,
} from './attributes.js';
export {
  checkDocumentRecord,
  CleanupPublishedSchema,
  DocNumberSchema,
  DocumentRecordSchema,
  DocumentStatusSchema,
  normalizeDocNumber,
  parseDocumentRecords,
  ReviewEntrySchema,
  ReviewResultSchema,
  type CleanupPublished,
  type DocumentRecord,
  type DocumentRecordInput,
  type DocumentStatus,
  type ParsedDocumentRecords,
  type ReviewEntry,
  type ReviewResult,
} from './records.js';
export { cleanupList, lastReviewOf, reviewDue, type CleanupItem, type ReviewDueItem, type ReviewDueOptions } from './review.js';
export {
  checkNegativeList,
  NegativeListEntrySchema,
  parseNegativeList,
  type CheckNegativeListOptions,
  type NegativeListEntry,
} from './negative-list.js';
export { addMonthsClamped, type DisclosureIssue } from './shared.js';
