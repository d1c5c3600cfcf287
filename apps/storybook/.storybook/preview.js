// Preview settings shared by every story and docs page.
//
// Toolbars (top of the canvas):
// - 语言 Language: sets <html lang>. Gongkai elements resolve their language from their own
//   `lang`, else the nearest ancestor's, else the document's, and update live.
// - 大字 Large text: sets or removes the `large-text` attribute on <html> (长者模式, 适老化).
// - 主题 Theme: a site stylesheet (./themes.js) that sets the elements' --gk-* tokens on <html>,
//   selected by `data-gk-theme` on <html>; 默认 removes the attribute, so nothing is left over.
//
// Argument tables and docs come from the custom-elements manifest that the elements build
// writes (packages/elements/custom-elements.json, exported as
// '@gongkai/elements/custom-elements.json'). Build @gongkai/elements before Storybook.
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '@gongkai/elements/custom-elements.json';
import { THEME_ATTRIBUTE, THEMES, themeStylesheet } from './themes.js';

/**
 * Storybook renders manifest descriptions as Markdown with raw HTML. A JSDoc line such as
 * "then <html lang> is used" would become a real React <html> element, which takes over the
 * document's <html> and hangs the Docs page. Escape "<" outside `code spans`.
 * @param {unknown} text
 */
function escapeRawHtml(text) {
  if (typeof text !== 'string' || !text.includes('<')) return text;
  return text
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replaceAll('<', '&lt;')))
    .join('');
}

/** @param {any} node */
function escapeDescriptions(node) {
  if (Array.isArray(node)) node.forEach(escapeDescriptions);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description' || key === 'summary') node[key] = escapeRawHtml(value);
      else escapeDescriptions(value);
    }
  }
}

/**
 * Keep what a page author can use: public attributes, properties, events, slots and parts.
 * Lit's `@state` fields and other private or protected members would only confuse designers.
 * @param {any} source
 */
function publicManifest(source) {
  const copy = structuredClone(source);
  for (const mod of copy.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (Array.isArray(decl.members)) {
        decl.members = decl.members.filter(
          (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !String(m.name).startsWith('_'),
        );
      }
    }
  }
  escapeDescriptions(copy);
  return copy;
}

setCustomElementsManifest(publicManifest(manifest));

/**
 * Apply the toolbar globals to <html>, as a portal's own controls would.
 * @param {Record<string, unknown>} globals
 * @returns {'zh-CN' | 'en'} the chosen language
 */
function applyDocumentGlobals(globals) {
  const root = document.documentElement;
  const lang = globals.locale === 'en' ? 'en' : 'zh-CN';
  if (root.lang !== lang) root.lang = lang;
  if (globals.largeText === 'on') root.setAttribute('large-text', '');
  else root.removeAttribute('large-text');
  applyTheme(typeof globals.theme === 'string' ? globals.theme : 'default');
  return lang;
}

const THEME_STYLE_ID = 'gk-storybook-themes';

/**
 * Selects a site theme: the stylesheet goes into <head> once, and `data-gk-theme` on <html>
 * picks a theme from it. The default theme removes the attribute, so every token falls back to
 * the elements' own defaults again.
 * @param {string} name
 */
function applyTheme(name) {
  if (!document.getElementById(THEME_STYLE_ID)) {
    const style = document.createElement('style');
    style.id = THEME_STYLE_ID;
    style.textContent = themeStylesheet();
    document.head.append(style);
  }
  const root = document.documentElement;
  if (name === 'default' || !Object.hasOwn(THEMES, name)) root.removeAttribute(THEME_ATTRIBUTE);
  else if (root.getAttribute(THEME_ATTRIBUTE) !== name) root.setAttribute(THEME_ATTRIBUTE, name);
}

/** @type {import('@storybook/web-components-vite').Preview} */
const preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: '组件语言 / Component language (sets <html lang>)',
      toolbar: {
        title: '语言',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'zh-CN', right: 'zh-CN', title: '中文' },
          { value: 'en', right: 'en', title: 'English' },
        ],
      },
    },
    theme: {
      description: '网站主题 / Site theme (sets --gk-* tokens on <html>, as a portal’s own CSS would)',
      toolbar: {
        title: '主题',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: Object.entries(THEMES).map(([value, theme]) => ({ value, title: theme.title })),
      },
    },
    largeText: {
      description: '大字版 / Large text for elderly users (sets large-text on <html>)',
      toolbar: {
        title: '大字',
        icon: 'zoom',
        dynamicTitle: true,
        items: [
          { value: 'off', title: '标准字号 Standard text' },
          { value: 'on', title: '大字版 Large text (长者模式)' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', largeText: 'off', theme: 'default' },
  decorators: [
    (story, context) => {
      const lang = applyDocumentGlobals(context.globals);
      // Docs pages wrap stories in Storybook's own lang="en" containers, and elements follow
      // the nearest ancestor's lang, so the story's canvas gets the chosen language too.
      context.canvasElement?.setAttribute('lang', lang);
      // On Docs pages each story sits in Storybook's white box: give it the theme's surface.
      context.canvasElement?.classList.add('gk-sb-canvas');
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      // WCAG 2.1 AA is Gongkai's conformance target (GB/T 37668-2019).
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    },
    options: {
      storySort: { order: ['Introduction', '*'] },
    },
  },
};

export default preview;
