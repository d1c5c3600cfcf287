import { defineElement } from '../../base/gk-element.js';
import { GkRequestForm } from './request-form.js';

export { GkRequestForm };

defineElement('gk-request-form', GkRequestForm);

declare global {
  interface HTMLElementTagNameMap {
    'gk-request-form': GkRequestForm;
  }
}
