import { defineElement } from '../../base/gk-element.js';
import { GkCatalogue } from './catalogue.js';

export { GkCatalogue };

defineElement('gk-catalogue', GkCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'gk-catalogue': GkCatalogue;
  }
}
