// How values are written for people: Vietnamese dates and names of statuses, classes and actions.
import { h, link } from './dom.js';

export function date(value) {
  if (!value) return '—';
  const [y, m, d] = String(value).slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function when(value) {
  if (!value) return '—';
  const at = new Date(value);
  return at.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

// The codes' Vietnamese names, in the registers' order, as the server decides them (GET /api/vocabulary): filled once
// before the first page is drawn; the pages import these objects and read them when they draw.
export const findingStatusNames = {};
export const recommendationStatusNames = {};
export const verdictNames = {};
export const roleNames = {};
export const classNames = {};
export const actionNames = {};

export async function loadVocabulary() {
  const response = await fetch('/api/vocabulary', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`vocabulary: ${response.status}`);
  const v = await response.json();
  Object.assign(classNames, v.findingClasses);
  Object.assign(findingStatusNames, v.findingStatuses);
  Object.assign(recommendationStatusNames, v.recommendationStatuses);
  Object.assign(actionNames, v.actions);
  Object.assign(verdictNames, v.verdicts);
  Object.assign(roleNames, v.roles);
}

export function badge(code, label) { return h('span', { class: `status ${code}` }, label || code); }

/** A figure in a row of figures: the number large, what it counts under it, red when it calls for action; a link when there is a list behind it. */
export function kpi(label, value, note, bad = false, href = null) {
  const body = [h('b', {}, String(value)), label];
  return h('div', { class: 'kpi' + (bad ? ' bad' : '') },
    href ? link(href, ...body) : body, note ? h('div', { class: 'hint' }, note) : null);
}

/** A structured word diff (spans of both sides' words as written) as highlighted text: what the first provision says struck through, what the second says underlined. */
export function wordDiff(spans) {
  return spans.map(s => s.kind === 'changed'
    ? [s.left ? h('del', { class: 'del', title: 'văn bản thứ nhất' }, s.left) : null, s.left && s.right ? ' ' : null, s.right ? h('ins', { class: 'ins', title: 'văn bản thứ hai' }, s.right) : null, ' ']
    : (s.kind === 'gap' ? '… ' : s.left + ' '));
}

// "66,7%": a decimal comma and the sign right after the figure, as VietnameseNumber.Percent writes it on the server.
export function percent(rate) { return rate === null || rate === undefined ? '—' : `${(Math.round(rate * 1000) / 10).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`; }

export function daysBetween(from, to) {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
}
