/**
 * The 依申请公开 request form (regulations §1.4 Art. 29, §10.4; UX.md §1.5): `ApplicationSchema`
 * and `parseApplication`, which adds the cross-field rules and the identity checks.
 */
import * as z from 'zod/mini';
import type { Result } from '../errors.js';
import { schemaIssues, TextSchema } from '../disclosure/shared.js';
import { type IdIssue, validateCreditCode, validateResidentId } from './ids.js';

export const ApplicantKindSchema = z.enum(['natural-person', 'organisation']);
export type ApplicantKind = z.infer<typeof ApplicantKindSchema>;

/** Organisation types of table 三: 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他. */
export const OrganisationTypeSchema = z.enum(['commercial', 'research', 'public-interest', 'legal-services', 'other']);
export type OrganisationType = z.infer<typeof OrganisationTypeSchema>;
export const ORGANISATION_TYPES: readonly OrganisationType[] = ['commercial', 'research', 'public-interest', 'legal-services', 'other'];

/** Identity documents: persons use any but `credit-code`; organisations use `credit-code` (or `other`). */
export const IdentityDocumentTypeSchema = z.enum([
  'resident-id',
  'passport',
  'hk-macao-permit',
  'taiwan-permit',
  'foreign-permanent-residence',
  'credit-code',
  'other',
]);
export type IdentityDocumentType = z.infer<typeof IdentityDocumentTypeSchema>;

/** How the information is provided (载体形式). */
export const DeliveryMethodSchema = z.enum(['paper', 'electronic', 'disc', 'on-site-reading']);
export type DeliveryMethod = z.infer<typeof DeliveryMethodSchema>;
/** How it reaches the applicant (获取方式). */
export const DeliveryCarrierSchema = z.enum(['post', 'email', 'collect', 'fax', 'online']);
export type DeliveryCarrier = z.infer<typeof DeliveryCarrierSchema>;

const OptText = z.optional(TextSchema);

export const ApplicationSchema = z.object({
  /** Set by the system when the application is registered (see `createTrackingCode`). */
  trackingCode: z.optional(z.string()),
  applicant: z.object({
    kind: ApplicantKindSchema,
    /** Required when `kind` is `organisation`. */
    organisationType: z.optional(OrganisationTypeSchema),
    name: TextSchema,
    /** Organisations: 法定代表人 or 负责人. */
    legalRepresentative: OptText,
    /** Organisations: 联系人 (经办人). */
    contactPerson: OptText,
  }),
  identity: z.object({ type: IdentityDocumentTypeSchema, number: TextSchema }),
  contact: z.object({
    mobile: OptText,
    landline: OptText,
    email: OptText,
    address: OptText,
    postcode: OptText,
  }),
  information: z.object({ name: OptText, docNumber: OptText, description: OptText }),
  delivery: z.object({
    methods: z.array(DeliveryMethodSchema).check(z.minLength(1)),
    carriers: z.array(DeliveryCarrierSchema).check(z.minLength(1)),
    acceptOtherForm: z.boolean(),
  }),
  /** Optional, never required (Art. 29). */
  purpose: OptText,
  /** Art. 43: the applicant needs help (reading, visual or hearing impairment). */
  assistance: z.optional(z.object({ needed: z.boolean(), needs: OptText })),
  agency: z.object({ name: TextSchema, id: OptText }),
  /** Consent to processing personal information, and the version of the notice shown. */
  consent: z.object({ given: z.boolean(), noticeVersion: TextSchema }),
});
export type Application = z.infer<typeof ApplicationSchema>;

export interface ApplicationIssue extends IdIssue {
  path: (string | number)[];
}

export interface ApplicationPolicy {
  /** The agency relies on consent as the legal basis (UX.md §1.5). Default false: statutory duty. */
  requireConsent?: boolean;
}

export interface ParseApplicationOptions {
  policy?: ApplicationPolicy;
  /** The day to check a birth date against. */
  today?: string;
}

const MOBILE = /^(?:\+86|0086)?1[3-9]\d{9}$/;
const LANDLINE = /^(?:\+86[- ]?|0086[- ]?)?(?:0\d{2,3}[- ]?)?\d{7,8}(?:[- ]?\d{1,6})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const POSTCODE = /^\d{6}$/;
const PERSON_DOCS = new Set<IdentityDocumentType>([
  'resident-id',
  'passport',
  'hk-macao-permit',
  'taiwan-permit',
  'foreign-permanent-residence',
  'other',
]);
const ORG_DOCS = new Set<IdentityDocumentType>(['credit-code', 'other']);

const P = 'request.application';

function cross(a: Application, options: ParseApplicationOptions): ApplicationIssue[] {
  const out: ApplicationIssue[] = [];
  const add = (code: string, path: (string | number)[], params: Record<string, unknown> = {}, severity: 'error' | 'warning' = 'error') =>
    out.push({ code, path, params, severity });
  const { applicant, identity, contact, information, delivery } = a;
  if (applicant.kind === 'organisation' && applicant.organisationType === undefined) {
    add(`${P}.org-type-missing`, ['applicant', 'organisationType']);
  }
  if (applicant.kind === 'natural-person' && applicant.organisationType !== undefined) {
    add(`${P}.org-type-unexpected`, ['applicant', 'organisationType'], {}, 'warning');
  }
  const allowed = applicant.kind === 'organisation' ? ORG_DOCS : PERSON_DOCS;
  if (!allowed.has(identity.type)) add(`${P}.identity-type-mismatch`, ['identity', 'type'], { kind: applicant.kind, value: identity.type });
  const idCheck =
    identity.type === 'resident-id'
      ? validateResidentId(identity.number, options.today === undefined ? {} : { today: options.today })
      : identity.type === 'credit-code'
        ? validateCreditCode(identity.number)
        : undefined;
  for (const i of idCheck?.issues ?? []) out.push({ ...i, path: ['identity', 'number'] });
  if (contact.mobile !== undefined && !MOBILE.test(contact.mobile)) add(`${P}.mobile`, ['contact', 'mobile'], { value: contact.mobile });
  if (contact.landline !== undefined && !LANDLINE.test(contact.landline) && !MOBILE.test(contact.landline)) {
    add(`${P}.landline`, ['contact', 'landline'], { value: contact.landline });
  }
  if (contact.email !== undefined && !EMAIL.test(contact.email)) add(`${P}.email`, ['contact', 'email'], { value: contact.email });
  if (contact.postcode !== undefined && !POSTCODE.test(contact.postcode)) {
    add(`${P}.postcode`, ['contact', 'postcode'], { value: contact.postcode });
  }
  if (contact.mobile === undefined && contact.landline === undefined && contact.email === undefined) {
    add(`${P}.contact-missing`, ['contact']);
  }
  if (delivery.carriers.includes('post')) {
    if (contact.address === undefined) add(`${P}.address-missing`, ['contact', 'address']);
    if (contact.postcode === undefined) add(`${P}.postcode-missing`, ['contact', 'postcode'], {}, 'warning');
  }
  if (delivery.carriers.includes('email') && contact.email === undefined) add(`${P}.email-missing`, ['contact', 'email']);
  if (information.name === undefined && information.docNumber === undefined && information.description === undefined) {
    add(`${P}.information-missing`, ['information']);
  }
  if (options.policy?.requireConsent === true && !a.consent.given) add(`${P}.consent-missing`, ['consent', 'given']);
  return out;
}

/**
 * Parses a request form: the schema, then the rules across fields (organisation type, identity
 * document and its check, at least one phone or an email, an address for post, at least one of
 * name / 文号 / description, consent when `policy.requireConsent`). Warnings are kept in `warnings`.
 */
export function parseApplication(
  json: unknown,
  options: ParseApplicationOptions = {},
): Result<Application> & { warnings: ApplicationIssue[] } {
  const r = ApplicationSchema.safeParse(json);
  if (!r.success) {
    const issues = schemaIssues('application', P, 0, json, r.error.issues).map((i) => ({
      ...i,
      path: i.path.slice(2),
      params: i.params ?? {},
    }));
    return { ok: false, issues, warnings: [] };
  }
  const all = cross(r.data, options);
  const errors = all.filter((i) => i.severity === 'error');
  const warnings = all.filter((i) => i.severity === 'warning');
  return errors.length > 0 ? { ok: false, issues: errors, warnings } : { ok: true, value: r.data, warnings };
}
