// The portal's own script (a classic script, as on most county CMS templates).
// It knows nothing about Gongkai's internals: it only flips attributes on <html>, and the
// gk-* elements follow them live.
(function () {
  'use strict';

  var root = document.documentElement;
  var WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

  function remember(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch {
      // Storage may be disabled (private mode, strict settings); the toggle still works.
    }
  }
  function recall(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  // 长者模式 / 大字版: the large-text attribute on <html>.
  function setLargeText(on) {
    if (on) root.setAttribute('large-text', '');
    else root.removeAttribute('large-text');
    var button = document.getElementById('toggle-large-text');
    if (button) {
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      button.textContent = on ? '退出长者模式' : '长者模式 / 大字版';
    }
    remember('demo-large-text', on ? '1' : null);
  }

  // Language: <html lang>. Elements without their own lang follow it.
  function setLanguage(lang) {
    root.lang = lang;
    var button = document.getElementById('toggle-lang');
    if (button) {
      var toEnglish = lang !== 'en';
      button.textContent = toEnglish ? 'English' : '中文';
      button.lang = toEnglish ? 'en' : 'zh-CN';
    }
    remember('demo-lang', lang === 'en' ? 'en' : null);
  }

  function showToday() {
    var el = document.getElementById('today-text');
    if (!el) return;
    var d = new Date();
    el.textContent = '今天是 ' + d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日 星期' + WEEKDAYS[d.getDay()];
  }

  function init() {
    showToday();
    setLargeText(recall('demo-large-text') === '1');
    setLanguage(recall('demo-lang') === 'en' ? 'en' : 'zh-CN');

    document.getElementById('toggle-large-text').addEventListener('click', function () {
      setLargeText(!root.hasAttribute('large-text'));
    });
    document.getElementById('toggle-lang').addEventListener('click', function () {
      setLanguage(root.lang === 'en' ? 'zh-CN' : 'en');
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
