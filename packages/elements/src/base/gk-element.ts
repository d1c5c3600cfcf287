import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseMessages, lookup, resolveLang, type MessageCatalogue, type Issue, type Lang, type MessageCode } from '@gongkai/core';
import type { GkEventMap } from '../events.js';
import { hostStyles } from '../styles/tokens.js';
import { VERSION } from '../version.js';

/** Host attribute that mirrors large-text mode set on `<html>`, for styling. */
export const LARGE_TEXT_HOST_ATTRIBUTE = 'data-gk-large-text';

/** The language tag of the nearest element with a non-empty `lang`, crossing shadow roots. */
function closestLang(start: Element): string | null {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang && lang.trim() !== '') return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

function documentLargeText(): boolean {
  const root = document.documentElement;
  return root.hasAttribute('large-text') || root.classList.contains('large-text');
}

// One observer for every connected element: `lang` anywhere in the document, and `lang`,
// `large-text` and `class` on <html>. Lang changes inside other shadow roots are not seen;
// an element's own `lang` is an observed attribute.
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

function subscribe(listener: () => void): void {
  listeners.add(listener);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const l of listeners) l();
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['lang'] });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'large-text', 'class'],
  });
}

function unsubscribe(listener: () => void): void {
  listeners.delete(listener);
  if (listeners.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/**
 * Base class of every Gongkai element.
 *
 * - Language: the element's own `lang`, else the nearest ancestor's (crossing shadow roots),
 *   else `<html lang>`, else zh-CN; mapped to a supported language by core's `resolveLang`.
 *   It updates live when `lang` changes on the element, an ancestor or `<html>`.
 * - Large-text mode (适老化): the `large-text` attribute, or `large-text` (attribute or class)
 *   on `<html>`, which is mirrored onto the host as `data-gk-large-text`.
 * - `t()` looks display text up in core's messages; `emit()` dispatches typed, bubbling,
 *   composed events.
 */
export class GkElement extends LitElement {
  /** The version of @gongkai/elements that defined this class. */
  static readonly version: string = VERSION;

  static override styles = [hostStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Large-text mode for elderly readers: text of at least 18px and targets of at least 44px.
   * Also on when `<html>` has a `large-text` attribute or class.
   */
  @property({ type: Boolean, reflect: true, attribute: 'large-text' })
  largeText = false;

  /** The resolved display language. */
  @state()
  protected resolvedLang: Lang = resolveLang(null);

  private readonly environmentListener = (): void => {
    this.refreshEnvironment();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    subscribe(this.environmentListener);
    this.refreshEnvironment();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unsubscribe(this.environmentListener);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.refreshEnvironment();
  }

  /** Re-reads the language and large-text mode from the element and the document. */
  private refreshEnvironment(): void {
    const lang = resolveLang(closestLang(this) ?? document.documentElement.lang);
    if (lang !== this.resolvedLang) this.resolvedLang = lang;
    const large = documentLargeText();
    if (this.hasAttribute(LARGE_TEXT_HOST_ATTRIBUTE) !== large) {
      this.toggleAttribute(LARGE_TEXT_HOST_ATTRIBUTE, large);
    }
  }

  /** Display text for a core message code in the element's language. */
  /**
   * The message catalogues this element's text comes from (core's, per module). A component
   * that shows deadline rules or request clocks adds `deadlineMessages` or `clockMessages`, so
   * the embed carries only the text its elements use.
   */
  static catalogues: readonly MessageCatalogue[] = [baseMessages];

  protected t(code: MessageCode, params?: Record<string, unknown>): string {
    return lookup((this.constructor as typeof GkElement).catalogues, this.resolvedLang, code, params);
  }

  /** The text of an issue core returned (its code may belong to any module's catalogue). */
  protected issueText(issue: Issue): string {
    return lookup((this.constructor as typeof GkElement).catalogues, this.resolvedLang, issue.code, issue.params);
  }

  /** Dispatches a bubbling, composed, non-cancelable event registered in {@link GkEventMap}. */
  protected emit<K extends keyof GkEventMap>(name: K, detail: GkEventMap[K]): boolean {
    return this.dispatchEvent(new CustomEvent<GkEventMap[K]>(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }
}

const warned = new Set<string>();

function versionOf(ctor: CustomElementConstructor): string | undefined {
  const v = (ctor as { version?: unknown }).version;
  return typeof v === 'string' ? v : undefined;
}

/**
 * Registers `ctor` as `tag`, guarded:
 * - does nothing where custom elements or shadow DOM are missing (the tag's fallback content
 *   stays visible);
 * - does nothing when `tag` is already defined by the same class or the same Gongkai version
 *   (the script was included twice);
 * - logs one warning, and does not throw, when another version or library defined `tag`.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (
    typeof window === 'undefined' ||
    typeof window.customElements === 'undefined' ||
    typeof Element === 'undefined' ||
    !('attachShadow' in Element.prototype)
  ) {
    return;
  }
  const existing = window.customElements.get(tag);
  if (!existing) {
    window.customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const have = versionOf(existing);
  const want = versionOf(ctor);
  if (have !== undefined && have === want) return;
  // One warning per pair of Gongkai versions, however many of its elements the second bundle
  // brings; a tag taken by another library is named on its own.
  const key = have !== undefined ? `${have}\u0000${want ?? ''}` : `${tag}\u0000\u0000${want ?? ''}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    have !== undefined
      ? `[Gongkai] Two versions on one page: Gongkai ${have} already defined <${tag}>, so Gongkai ` +
          `${want ?? '(unknown version)'} registers none of the elements Gongkai ${have} defined (they stay ` +
          `Gongkai ${have}), only those still free. Load only one version of Gongkai on a page.`
      : `[Gongkai] <${tag}> is already defined by another script, so Gongkai ${want ?? '(unknown version)'} ` +
          'did not register it; the page keeps the first definition.',
  );
}
