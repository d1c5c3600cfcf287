import { html, nothing, type TemplateResult } from 'lit';

/** A `heading-level` attribute value as a level from 2 to 6 (2 when missing or invalid). */
export function headingLevel(value: number | string | null | undefined): number {
  return Math.min(6, Math.max(2, Math.floor(Number(value)) || 2));
}

/**
 * A heading of level `level` (clamped to 2–6), so an element fits the page's outline: Lit cannot
 * bind a tag name, hence one template per level. `focusable` adds `tabindex="-1"`, for a heading
 * that focus moves to (a receipt, a result).
 */
export function heading(level: number, id: string, cls: string, content: TemplateResult | string, focusable = false): TemplateResult {
  const tabindex = focusable ? '-1' : nothing;
  switch (Math.min(6, Math.max(2, level))) {
    case 3:
      return html`<h3 id=${id} class=${cls} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${cls} tabindex=${tabindex}>${content}</h6>`;
    default:
      return html`<h2 id=${id} class=${cls} tabindex=${tabindex}>${content}</h2>`;
  }
}
