import { html, nothing, type TemplateResult } from 'lit';
import { toHalfWidth, type AgencyContact } from '@gongkai/core';

const MAIL_ADDRESS = /^[^\s@?&#/:%]+@[^\s@?&#/:%]+\.[^\s@?&#/:%]+$/u;

/** A `tel:` URL for a phone as agencies write it ("0537-1234567 转 8"), or undefined when it has too few digits. */
export function telHref(phone: string): string | undefined {
  const main = toHalfWidth(phone).split(/[转,;，；x]/u)[0] ?? '';
  const digits = main.replace(/[^\d+]/gu, '');
  return digits.replace(/\D/gu, '').length >= 3 ? `tel:${digits}` : undefined;
}

/**
 * The unit's contact details as a description list (phone as a `tel:` link, email as a `mailto:`
 * link when it is a plain address, address, office hours); missing ones are left out. Text from
 * the server is only ever bound as text.
 */
export function agencyContactList(
  agency: AgencyContact,
  label: (code: 'request.contact.phone' | 'request.contact.email' | 'request.contact.address' | 'request.contact.hours') => string,
  cls: string,
): TemplateResult {
  const phone = agency.phone ? telHref(agency.phone) : undefined;
  const email = agency.email?.trim();
  return html`<dl class=${cls}>
    ${
      agency.phone
        ? html`<dt>${label('request.contact.phone')}</dt>
            <dd>${phone ? html`<a href=${phone}>${agency.phone}</a>` : agency.phone}</dd>`
        : nothing
    }
    ${
      email
        ? html`<dt>${label('request.contact.email')}</dt>
            <dd>${MAIL_ADDRESS.test(email) ? html`<a href=${`mailto:${email}`}>${agency.email}</a>` : agency.email}</dd>`
        : nothing
    }
    ${
      agency.address
        ? html`<dt>${label('request.contact.address')}</dt>
            <dd>${agency.address}</dd>`
        : nothing
    }
    ${
      agency.hours
        ? html`<dt>${label('request.contact.hours')}</dt>
            <dd>${agency.hours}</dd>`
        : nothing
    }
  </dl>`;
}
