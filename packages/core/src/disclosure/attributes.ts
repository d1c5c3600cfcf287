/**
 * Disclosure attributes of official documents (公文公开属性, regulations §8) and the legal grounds
 * for not disclosing (OGI Regulation Arts. 14–16, regulations §1.2), as data.
 *
 * Labels are not here: `disclosure.attribute.<CODE>`, `disclosure.ground.<CODE>` and
 * `disclosure.force.<force>` in the messages module give the zh-CN and en wording.
 */
import * as z from 'zod/mini';
import type { WithholdGround } from '../deadlines/clock-schema.js';

/** The three attributes every official document gets while it is drafted (源头认定). */
export const DisclosureAttributeSchema = z.enum(['PROACTIVE', 'ON_REQUEST', 'NOT_DISCLOSED']);
export type DisclosureAttribute = z.infer<typeof DisclosureAttributeSchema>;

export interface DisclosureAttributeInfo {
  readonly code: DisclosureAttribute;
  /** The mark printed on the document, without its parentheses: "此件公开发布". */
  readonly marking: string;
  /** True for ON_REQUEST and NOT_DISCLOSED: a ground and a reason are required (Arts. 36(3), 37). */
  readonly withheld: boolean;
}

/** The attributes in the order of regulations §8 and seed task 2.(2). */
export const DISCLOSURE_ATTRIBUTES: readonly DisclosureAttributeInfo[] = Object.freeze([
  Object.freeze({ code: 'PROACTIVE', marking: '此件公开发布', withheld: false }),
  Object.freeze({ code: 'ON_REQUEST', marking: '此件依申请公开', withheld: true }),
  Object.freeze({ code: 'NOT_DISCLOSED', marking: '此件不予公开', withheld: true }),
] as const);

/** True for the attributes that keep a document from proactive disclosure. */
export function isWithheld(attribute: DisclosureAttribute): boolean {
  return attribute !== 'PROACTIVE';
}

/**
 * The mark printed on a document with this attribute: "此件公开发布". With `parens`, as printed
 * under the date of issue: "（此件公开发布）".
 */
export function markingOf(attribute: DisclosureAttribute, options: { parens?: boolean } = {}): string {
  const info = DISCLOSURE_ATTRIBUTES.find((a) => a.code === attribute);
  if (!info) throw new TypeError(`unknown disclosure attribute: ${String(attribute)}`);
  return options.parens ? `（${info.marking}）` : info.marking;
}

// Spaces (any width), quotes of every kind and brackets around the mark are ignored.
const NOISE = /[\s"'“”‘’„‟「」『』()（）[\]【】〔〕〈〉《》<>:：,，.。;；、]/gu;

/**
 * The attribute a printed mark stands for, or undefined when the text is not one of the three
 * marks. Tolerant of spaces, quotes (“” "" 「」), brackets and full-width forms:
 * `'（ “此件依申请公开” ）'` → `'ON_REQUEST'`.
 */
export function attributeOfMarking(text: string): DisclosureAttribute | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.normalize('NFKC').replace(NOISE, '');
  return DISCLOSURE_ATTRIBUTES.find((a) => a.marking === t)?.code;
}

// ---------------------------------------------------------------------------------------------
// Legal grounds

/** A ground's code: the same codes, and schema, as the request clock's `WithholdGroundSchema`. */
export type LegalGroundCode = WithholdGround;

/**
 * - `mandatory`: the agency shall not disclose (不予公开 / 不得公开) — Arts. 14, 15;
 * - `discretionary`: the agency may withhold (可以不予公开) — Art. 16;
 * - `report-only`: an annual-report row, not a ground of its own (ADMIN_QUERY).
 */
export type GroundForce = 'mandatory' | 'discretionary' | 'report-only';

export interface LegalGround {
  readonly code: LegalGroundCode;
  /** The article of the OGI Regulation (2019): 'Art. 14', 'Art. 16 ¶2'. */
  readonly article: string;
  readonly force: GroundForce;
  /** A sub-code's annual-report row: THIRD_PARTY_PRIVACY → THIRD_PARTY. */
  readonly rollsUpTo?: LegalGroundCode;
  /** Art. 16 ¶2: a law, regulation or rule requiring disclosure (an `overrideBasis`) defeats it. */
  readonly overridable: boolean;
  /** Art. 15: withheld unless the third party consents or the public interest demands disclosure. */
  readonly hasExceptions: boolean;
  /** The mapping is not confirmed (regulations §11 item 3): show it flagged, never assert it. */
  readonly unconfirmed: boolean;
  /** True when a record or a negative-list entry may rest on it (false for report-only rows). */
  readonly withholding: boolean;
}

type GroundOverride = Partial<Pick<LegalGround, 'article' | 'force' | 'unconfirmed'>>;

const BASE: readonly Omit<LegalGround, 'withholding'>[] = [
  { code: 'STATE_SECRET', article: 'Art. 14', force: 'mandatory', overridable: false, hasExceptions: false, unconfirmed: false },
  { code: 'LAW_PROHIBITED', article: 'Art. 14', force: 'mandatory', overridable: false, hasExceptions: false, unconfirmed: false },
  { code: 'SECURITY_STABILITY', article: 'Art. 14', force: 'mandatory', overridable: false, hasExceptions: false, unconfirmed: false },
  { code: 'THIRD_PARTY', article: 'Art. 15', force: 'mandatory', overridable: false, hasExceptions: true, unconfirmed: false },
  {
    code: 'THIRD_PARTY_TRADE_SECRET',
    article: 'Art. 15',
    force: 'mandatory',
    rollsUpTo: 'THIRD_PARTY',
    overridable: false,
    hasExceptions: true,
    unconfirmed: false,
  },
  {
    code: 'THIRD_PARTY_PRIVACY',
    article: 'Art. 15',
    force: 'mandatory',
    rollsUpTo: 'THIRD_PARTY',
    overridable: false,
    hasExceptions: true,
    unconfirmed: false,
  },
  { code: 'INTERNAL_AFFAIRS', article: 'Art. 16 ¶1', force: 'discretionary', overridable: true, hasExceptions: false, unconfirmed: false },
  { code: 'PROCESS_INFO', article: 'Art. 16 ¶2', force: 'discretionary', overridable: true, hasExceptions: false, unconfirmed: false },
  { code: 'ENFORCEMENT_FILE', article: 'Art. 16 ¶2', force: 'discretionary', overridable: true, hasExceptions: false, unconfirmed: false },
  // Annual-report row 属于行政查询事项; most likely Art. 36(7) (special statutes govern access). UNCONFIRMED.
  { code: 'ADMIN_QUERY', article: 'Art. 36(7)', force: 'report-only', overridable: false, hasExceptions: false, unconfirmed: true },
];

/**
 * The grounds table, with a county's or a later confirmation's corrections applied:
 * `createLegalGrounds({ ADMIN_QUERY: { article: 'Art. 36(7)', unconfirmed: false } })`.
 */
export function createLegalGrounds(overrides: Partial<Record<LegalGroundCode, GroundOverride>> = {}): readonly LegalGround[] {
  return Object.freeze(
    BASE.map((g) => {
      const o = overrides[g.code] ?? {};
      const merged = { ...g, ...o };
      return Object.freeze({ ...merged, withholding: merged.force !== 'report-only' });
    }),
  );
}

/** Every code of regulations §1.2, in the order of the annual-report table. */
export const LEGAL_GROUNDS: readonly LegalGround[] = createLegalGrounds();

/** The ground of `code`, or undefined when it is not a code of regulations §1.2. */
export function legalGround(code: string, grounds: readonly LegalGround[] = LEGAL_GROUNDS): LegalGround | undefined {
  return grounds.find((g) => g.code === code);
}

/** The annual-report row a ground is counted in: THIRD_PARTY_PRIVACY → THIRD_PARTY. */
export function reportRowOf(code: LegalGroundCode, grounds: readonly LegalGround[] = LEGAL_GROUNDS): LegalGroundCode {
  return legalGround(code, grounds)?.rollsUpTo ?? code;
}
