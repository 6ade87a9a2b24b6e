// Building the page without ever parsing untrusted text as HTML: every string becomes a text node.
// The one exception, trusted(), is for the search snippets the server has already escaped (only <mark> remains).

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  append(el, children);
  return el;
}

/** Server-escaped HTML (search snippets: every character escaped, matches in <mark>). Anything else is stripped. */
export function trusted(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent);
    else if (node.nodeName === 'MARK') out.append(h('mark', {}, node.textContent));
    else out.append(node.textContent || '');
  }
  return out;
}

export function clear(el) { el.replaceChildren(); return el; }

/** Replaces the children of <el> with <children> (arrays flattened, strings as text). */
export function fill(el, ...children) { el.replaceChildren(); return append(el, children); }

export function link(href, ...children) { return h('a', { href, 'data-link': true }, ...children); }

export function toast(message, kind = '') {
  const box = document.getElementById('toast');
  const item = h('div', { class: kind }, message);
  box.append(item);
  setTimeout(() => item.remove(), kind === 'error' ? 9000 : 4000);
}

/** A modal form in a <dialog>: resolves with the form's values, or null when cancelled; `error` (a refusal of what was sent) is shown above the fields. */
export function ask(title, fields, submitLabel = 'Đồng ý', error = null) {
  return new Promise(resolve => {
    const inputs = {};
    const form = h('form', { method: 'dialog' },
      h('h2', {}, title),
      error ? h('div', { class: 'error-box', role: 'alert' }, error) : null,
      fields.map(f => {
        const id = 'f-' + f.name;
        const input = f.type === 'textarea'
          ? h('textarea', { id, name: f.name, required: f.required })
          : f.type === 'select'
            ? h('select', { id, name: f.name, required: f.required }, f.options.map(([v, label]) => h('option', { value: v, selected: v === f.value }, label)))
            : h('input', { id, name: f.name, type: f.type || 'text', required: f.required, value: f.value ?? '', placeholder: f.placeholder || '' });
        if (f.type === 'textarea' && f.value) input.value = f.value;
        inputs[f.name] = input;
        return [h('label', { for: id }, f.label), input, f.hint ? h('div', { class: 'hint' }, f.hint) : null];
      }),
      h('div', { class: 'row', style: null },
        h('button', { type: 'submit', value: 'ok' }, submitLabel),
        h('button', { type: 'button', class: 'secondary', onclick: () => { dialog.close('cancel'); } }, 'Hủy')));
    const dialog = h('dialog', { 'aria-label': title }, form);
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
      const values = dialog.returnValue === 'ok' ? Object.fromEntries(Object.entries(inputs).map(([k, el]) => [k, el.value.trim()])) : null;
      dialog.remove();
      resolve(values);
    });
    dialog.showModal();
    fields.length && inputs[fields[0].name].focus();
  });
}

// A path of this site to go to after signing in, or '/': what the browser itself would resolve
// "/\evil.example" or "//evil.example" to is another origin, so only a same-origin result is kept.
export function localPath(value) {
  if (!value || !value.startsWith('/')) return '/';
  try {
    const url = new URL(value, location.origin);
    return url.origin === location.origin ? url.pathname + url.search + url.hash : '/';
  } catch {
    return '/';
  }
}

/**
 * Gives every body cell of the tables under <root> its column's heading as data-label, whenever rows are added,
 * so that on a phone a row reads as a card of "heading: value" lines (app.css) instead of columns one letter wide.
 */
export function labelTableCells(root) {
  const label = () => {
    for (const table of root.querySelectorAll('table')) {
      const headings = [...table.querySelectorAll('thead th')].map(th => th.textContent.trim());
      if (headings.length === 0) continue;
      for (const row of table.querySelectorAll('tbody tr')) {
        [...row.children].forEach((cell, i) => { if (headings[i] && !cell.hasAttribute('data-label')) cell.setAttribute('data-label', headings[i]); });
      }
    }
  };
  new MutationObserver(label).observe(root, { childList: true, subtree: true });
  label();
}
