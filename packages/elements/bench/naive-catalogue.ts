// The baseline for bench/catalogue.bench.mjs: a naive, un-virtualized catalogue tree. No
// validation, no index: the input handler filters every item with String.includes, and render
// draws every matching item, grouped area → item1 → item2 as nested lists (group rows show
// a name and a count, item rows the item2 text, as gk-catalogue's tree rows do). Never shipped.
import { LitElement, css, html } from 'lit';
import { CATALOGUE_AREAS, type Catalogue, type CatalogueItem } from '@gongkai/core';

const AREA_NAMES = new Map<string, string>(CATALOGUE_AREAS.map((a) => [a.code, a.name]));

/** Items with every whitespace-separated term in item1, item2, a content entry or a basis. */
function filterItems(items: readonly CatalogueItem[], text: string): readonly CatalogueItem[] {
  const terms = text.split(/\s+/).filter((t) => t !== '');
  if (terms.length === 0) return items;
  return items.filter((it) =>
    terms.every(
      (t) => it.item1.includes(t) || it.item2.includes(t) || it.content.some((c) => c.includes(t)) || it.basis.some((b) => b.includes(t)),
    ),
  );
}

type Groups = Map<string, Map<string, CatalogueItem[]>>;

/** area → item1 → items, in the order each first occurs. */
function group(items: readonly CatalogueItem[]): Groups {
  const areas: Groups = new Map();
  for (const it of items) {
    let byItem1 = areas.get(it.area);
    if (!byItem1) areas.set(it.area, (byItem1 = new Map()));
    let list = byItem1.get(it.item1);
    if (!list) byItem1.set(it.item1, (list = []));
    list.push(it);
  }
  return areas;
}

const sizeOf = (byItem1: Map<string, CatalogueItem[]>): number => {
  let n = 0;
  for (const list of byItem1.values()) n += list.length;
  return n;
};

const groupLabel = (name: string, count: number): string => `${name}（${count} 项）`;

export class NaiveCatalogue extends LitElement {
  static override properties = {
    catalogue: { attribute: false },
    _text: { state: true },
    _matches: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
      font:
        14px/1.5 system-ui,
        sans-serif;
    }
    ul {
      margin: 0;
      padding-left: 1.25em;
      list-style: none;
    }
    .count {
      color: #555;
      margin-left: 0.5em;
    }
  `;

  /** The catalogue to show; never validated. */
  declare catalogue: Catalogue | undefined;
  declare private _text: string;
  declare private _matches: readonly CatalogueItem[];

  constructor() {
    super();
    this.catalogue = undefined;
    this._text = '';
    this._matches = [];
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('catalogue')) this._matches = filterItems(this.catalogue?.items ?? [], this._text);
  }

  private _onInput(e: Event): void {
    this._text = (e.target as HTMLInputElement).value;
    this._matches = filterItems(this.catalogue?.items ?? [], this._text);
  }

  protected override render() {
    const areas = group(this._matches);
    return html`
      <input type="search" aria-label="搜索目录" .value=${this._text} @input=${this._onInput} />
      <p>${this._matches.length} 项</p>
      <ul role="tree" aria-label="政务公开事项目录">
        ${[...areas].map(([area, byItem1]) => {
          const name = AREA_NAMES.get(area) ?? area;
          const count = sizeOf(byItem1);
          return html`
            <li role="treeitem" aria-label=${groupLabel(name, count)} aria-expanded="true" aria-selected="false">
              <span>${name}</span><span class="count">${count}</span>
              <ul role="group">
                ${[...byItem1].map(
                  ([item1, list]) => html`
                    <li role="treeitem" aria-label=${groupLabel(item1, list.length)} aria-expanded="true" aria-selected="false">
                      <span>${item1}</span><span class="count">${list.length}</span>
                      <ul role="group">
                        ${list.map((it) => html`<li role="treeitem" aria-label=${it.item2} aria-selected="false">${it.item2}</li>`)}
                      </ul>
                    </li>
                  `,
                )}
              </ul>
            </li>
          `;
        })}
      </ul>
    `;
  }
}

customElements.define('naive-catalogue', NaiveCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'naive-catalogue': NaiveCatalogue;
  }
}
