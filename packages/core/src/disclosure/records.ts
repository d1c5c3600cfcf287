/**
 * Document records (公文台账): a document's 文号, attribute, ground and reason, status and
 * review history — the data seed task 2 asks counties to keep.
 */
import * as z from 'zod/mini';
import { WithholdGroundSchema } from '../deadlines/clock-schema.js';
import { DisclosureAttributeSchema, isWithheld, legalGround, LEGAL_GROUNDS, type LegalGround } from './attributes.js';
import { DisclosureDateSchema, type DisclosureIssue, preview, schemaIssues, TextSchema } from './shared.js';
import { isHttpUrl } from '../internal/values.js';

// ---------------------------------------------------------------------------------------------
// 文号

const DOC_NUMBER = /^([^[\]【】〔〕()（）［］]+?)[[【〔(（［]((?:19|20)\d{2})[\]】〕)）］]第?(\d{1,6})号$/u;

/**
 * Normalises a document number (文号) to `机关代字〔年份〕序号号`: full-width digits and spaces are
 * folded, and `[2020]`, `【2020】`, `（2020）` become `〔2020〕`. `wellFormed` is false (and the
 * text is kept, trimmed) when it does not have that shape.
 */
export function normalizeDocNumber(text: string): { value: string; wellFormed: boolean } {
  const trimmed = text.trim();
  const folded = trimmed.normalize('NFKC').replace(/\s+/gu, '');
  const m = DOC_NUMBER.exec(folded);
  if (!m) return { value: trimmed, wellFormed: false };
  return { value: `${m[1]}〔${m[2]}〕${m[3]}号`, wellFormed: true };
}

/** A 文号: trimmed, non-empty; bracket forms normalised (see {@link normalizeDocNumber}). */
export const DocNumberSchema = z.pipe(
  TextSchema,
  z.transform((s: string) => normalizeDocNumber(s).value),
);

// ---------------------------------------------------------------------------------------------
// Schemas

/** In force (有效), expired (失效) or repealed (废止). */
export const DocumentStatusSchema = z.enum(['in-force', 'expired', 'repealed']);
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

/** The outcome of a yearly review of a withheld document (Art. 18; seed task 2.(3)). */
export const ReviewResultSchema = z.enum(['keep-withheld', 'disclose', 'change-attribute']);
export type ReviewResult = z.infer<typeof ReviewResultSchema>;

export const ReviewEntrySchema = z.object({
  date: DisclosureDateSchema,
  result: ReviewResultSchema,
  note: z.optional(z.string()),
  reviewer: z.optional(z.string()),
});
export type ReviewEntry = z.infer<typeof ReviewEntrySchema>;

/** A web address, http or https only. */
export const HttpUrlSchema = z.string().check(
  z.superRefine((s, ctx) => {
    if (!isHttpUrl(s.trim())) ctx.addIssue({ code: 'custom', input: s, params: { gk: 'disclosure.record.url', value: s } });
  }),
);

/** Where and when the clean-up result for an expired or repealed document was published. */
export const CleanupPublishedSchema = z.object({ date: DisclosureDateSchema, url: z.optional(HttpUrlSchema) });
export type CleanupPublished = z.infer<typeof CleanupPublishedSchema>;

const blank = (v: string | undefined) => v === undefined || v.trim() === '';

/** One official document and its disclosure attribute. */
export const DocumentRecordSchema = z
  .object({
    id: TextSchema,
    title: TextSchema,
    /** 文号, e.g. 汶政办发〔2020〕12号. */
    docNumber: DocNumberSchema,
    issuer: TextSchema,
    issueDate: DisclosureDateSchema,
    attribute: DisclosureAttributeSchema,
    /** Required for ON_REQUEST and NOT_DISCLOSED. */
    ground: z.optional(WithholdGroundSchema),
    /** The reason stated (说明理由); required for ON_REQUEST and NOT_DISCLOSED. */
    reason: z.optional(z.string()),
    /** A law, regulation or rule requiring disclosure, which defeats Art. 16 grounds. */
    overrideBasis: z.optional(z.string()),
    status: DocumentStatusSchema,
    /** The day the document expired or was repealed. */
    statusDate: z.optional(DisclosureDateSchema),
    reviews: z._default(z.array(ReviewEntrySchema), []),
    cleanupPublished: z.optional(CleanupPublishedSchema),
  })
  .check(
    z.superRefine((r, ctx) => {
      if (!isWithheld(r.attribute)) return;
      if (r.ground === undefined) {
        ctx.addIssue({
          code: 'custom',
          input: r,
          path: ['ground'],
          params: { gk: 'disclosure.record.ground-required', attribute: r.attribute },
        });
      }
      if (blank(r.reason)) {
        ctx.addIssue({
          code: 'custom',
          input: r,
          path: ['reason'],
          params: { gk: 'disclosure.record.reason-required', attribute: r.attribute },
        });
      }
    }),
  );
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;
export type DocumentRecordInput = z.input<typeof DocumentRecordSchema>;

// ---------------------------------------------------------------------------------------------
// Checks

/**
 * The rules a record must meet, as located issues (path `['records', index, field]`):
 * errors — a withheld record without a ground or a reason; warnings — an Art. 16 ground still
 * relied on although an override basis requires disclosure, a report-only or unconfirmed
 * ground, a ground on a proactive record, a malformed 文号, status dates and review dates out
 * of order, a clean-up on a record still in force.
 */
export function checkDocumentRecord(
  record: DocumentRecord,
  index = 0,
  options: { grounds?: readonly LegalGround[] } = {},
): DisclosureIssue[] {
  const grounds = options.grounds ?? LEGAL_GROUNDS;
  const issues: DisclosureIssue[] = [];
  const path = (...keys: (string | number)[]) => ['records', index, ...keys];
  const r = record;
  if (isWithheld(r.attribute)) {
    if (r.ground === undefined) {
      issues.push({
        code: 'disclosure.record.ground-required',
        path: path('ground'),
        params: { attribute: r.attribute },
        severity: 'error',
      });
    }
    if (blank(r.reason)) {
      issues.push({
        code: 'disclosure.record.reason-required',
        path: path('reason'),
        params: { attribute: r.attribute },
        severity: 'error',
      });
    }
    const g = r.ground === undefined ? undefined : legalGround(r.ground, grounds);
    if (g?.overridable && !blank(r.overrideBasis)) {
      issues.push({
        code: 'disclosure.record.override-still-withheld',
        path: path('ground'),
        params: { ground: g.code, basis: r.overrideBasis?.trim() },
        severity: 'warning',
      });
    }
    if (g && (!g.withholding || g.unconfirmed)) {
      issues.push({ code: 'disclosure.record.ground-unconfirmed', path: path('ground'), params: { ground: g.code }, severity: 'warning' });
    }
  } else if (r.ground !== undefined) {
    issues.push({ code: 'disclosure.record.ground-unexpected', path: path('ground'), params: { ground: r.ground }, severity: 'warning' });
  }
  if (!normalizeDocNumber(r.docNumber).wellFormed) {
    issues.push({
      code: 'disclosure.record.doc-number-format',
      path: path('docNumber'),
      params: { value: r.docNumber },
      severity: 'warning',
    });
  }
  if (r.status !== 'in-force' && r.statusDate === undefined) {
    issues.push({
      code: 'disclosure.record.status-date-missing',
      path: path('statusDate'),
      params: { status: r.status },
      severity: 'warning',
    });
  }
  if (r.statusDate !== undefined && r.statusDate < r.issueDate) {
    issues.push({
      code: 'disclosure.record.status-date-before-issue',
      path: path('statusDate'),
      params: { date: r.statusDate, issueDate: r.issueDate },
      severity: 'warning',
    });
  }
  r.reviews.forEach((rv, k) => {
    if (rv.date < r.issueDate) {
      issues.push({
        code: 'disclosure.record.review-before-issue',
        path: path('reviews', k, 'date'),
        params: { date: rv.date, issueDate: r.issueDate },
        severity: 'warning',
      });
    }
  });
  if (r.cleanupPublished !== undefined && r.status === 'in-force') {
    issues.push({ code: 'disclosure.record.cleanup-in-force', path: path('cleanupPublished'), params: {}, severity: 'warning' });
  }
  return issues;
}

/** A `Result` of records; on success, `issues` holds the warnings that did not stop the parse. */
export type ParsedDocumentRecords =
  { ok: true; value: DocumentRecord[]; issues: DisclosureIssue[] } | { ok: false; issues: DisclosureIssue[] };

const SPECIAL: Record<string, string> = {
  attribute: 'disclosure.record.attribute-unknown',
  ground: 'disclosure.record.ground-unknown',
  status: 'disclosure.record.status-unknown',
};

/**
 * Parses document records from outside: an array, or `{ records: [...] }`. Every problem is
 * located (`['records', i, field]`). Errors (bad shape, missing ground or reason on a withheld
 * record, duplicate ids) make the result fail; warnings ({@link checkDocumentRecord}) come with
 * the records. A malformed 文号 is a warning: the text is kept.
 */
export function parseDocumentRecords(input: unknown): ParsedDocumentRecords {
  const list = Array.isArray(input)
    ? input
    : input !== null && typeof input === 'object' && Array.isArray((input as { records?: unknown }).records)
      ? ((input as { records: unknown[] }).records as unknown[])
      : undefined;
  if (!list) {
    return {
      ok: false,
      issues: [{ code: 'disclosure.records.not-array', path: ['records'], params: { value: preview(input) }, severity: 'error' }],
    };
  }
  const errors: DisclosureIssue[] = [];
  const warnings: DisclosureIssue[] = [];
  const value: DocumentRecord[] = [];
  const seen = new Map<string, number>();
  list.forEach((raw: unknown, i) => {
    const r = DocumentRecordSchema.safeParse(raw);
    if (!r.success) {
      errors.push(...schemaIssues('records', 'disclosure.record', i, raw, r.error.issues, SPECIAL));
      return;
    }
    const first = seen.get(r.data.id);
    if (first !== undefined) {
      errors.push({
        code: 'disclosure.record.duplicate-id',
        path: ['records', i, 'id'],
        params: { value: r.data.id, first },
        severity: 'error',
      });
    } else seen.set(r.data.id, i);
    warnings.push(...checkDocumentRecord(r.data, i).filter((x) => x.severity === 'warning'));
    value.push(r.data);
  });
  if (errors.length > 0) return { ok: false, issues: [...errors, ...warnings] };
  return { ok: true, value, issues: warnings };
}
