// Văn bản trong kho: every document held, the last indexed first (a new document or a new version), a page at a
// time, each named by type and number and opening its page; the effect as search hits show it.
import { api, query } from '../api.js';
import { h, link, fill } from '../dom.js';
import { badge, when } from '../format.js';

const PAGE = 20;

export async function render(main, { query: params }) {
  const page = Math.max(1, parseInt(params.get('trang') || '1', 10) || 1);
  const answer = await api('/api/documents' + query({ page, size: PAGE }));
  const pages = Math.max(1, Math.ceil(answer.total / PAGE));
  fill(main,
    h('h1', {}, 'Văn bản trong kho'),
    h('p', { class: 'muted' }, `${answer.total.toLocaleString('vi-VN')} văn bản, văn bản mới cập nhật trước. Tìm theo nội dung, số hiệu, loại, cơ quan ban hành ở `, link('/', 'trang tìm kiếm'), '.'),
    answer.items.length ? documentTable(answer.items) : h('p', {}, 'Kho chưa có văn bản nào.'),
    pages > 1 ? h('nav', { class: 'pager', 'aria-label': 'Trang' },
      page > 1 ? link('/van-ban' + query({ trang: page - 1 }), '‹ Trang trước') : null,
      h('span', {}, `Trang ${page}/${pages}`),
      page < pages ? link('/van-ban' + query({ trang: page + 1 }), 'Trang sau ›') : null) : null);
}

/** Documents as a table: named by type and number (a link to the document), title, effect, when last indexed. */
export function documentTable(items) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'documents' },
    h('thead', {}, h('tr', {}, ['Văn bản', 'Trích yếu', 'Hiệu lực, thời kỳ', 'Cập nhật'].map(c => h('th', {}, c)))),
    h('tbody', {}, items.map(d => h('tr', {},
      h('td', {}, link(`/van-ban/${encodeURIComponent(d.documentId)}`, d.label)),
      h('td', {}, d.title || '—'),
      h('td', {}, d.statusName ? badge(d.status, d.statusName) : d.periodName ? badge('thoi-ky', d.periodName) : '—'),
      h('td', {}, when(d.indexedAt)))))));
}
