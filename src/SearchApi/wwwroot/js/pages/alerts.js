// Theo dõi: what arrived for me (and why), my saved searches with their Atom feeds, my watches.
import { api } from '../api.js';
import { clear, h, link, toast, fill } from '../dom.js';
import { when } from '../format.js';

export async function render(main, { navigate, refreshNav }) {
  const [notes, searches, watches] = await Promise.all([api('/api/alerts/notifications?limit=200'), api('/api/alerts/saved-searches'), api('/api/alerts/watches')]);
  const reload = () => { refreshNav(); navigate('/theo-doi', { replace: true }); };
  fill(main, 
    h('div', { class: 'spread' }, h('h1', {}, 'Theo dõi'),
      notes.unread ? h('button', { type: 'button', class: 'secondary', onclick: async () => { await api('/api/alerts/notifications/read', { method: 'POST', body: {} }); reload(); } }, `Đánh dấu đã đọc (${notes.unread})`) : null),
    h('h2', {}, 'Thông báo'),
    notes.items.length ? h('ul', { class: 'timeline' }, notes.items.map(n => h('li', { class: n.read ? '' : 'unread' },
      h('div', { class: 'when' }, `${when(n.at)}${n.read ? '' : ' · chưa đọc'}`),
      h('div', {}, link(`/van-ban/${encodeURIComponent(n.documentId)}`, n.message)),
      h('div', { class: 'hint' }, `Vì sao bạn nhận: ${n.reason}`))))
      : h('p', { class: 'muted' }, 'Chưa có thông báo. Lưu một tìm kiếm hoặc theo dõi một văn bản để nhận thông báo khi có văn bản mới, văn bản sửa đổi, bãi bỏ.'),
    h('h2', {}, `Tìm kiếm đã lưu (${searches.length})`),
    searches.length ? h('table', {}, h('thead', {}, h('tr', {}, ['Tên', 'Câu tìm kiếm', 'Nguồn tin Atom', ''].map(c => h('th', {}, c)))),
      h('tbody', {}, searches.map(s => h('tr', {}, h('td', {}, s.name), h('td', {}, link('/?q=' + encodeURIComponent(s.query), s.query)),
        h('td', {}, h('a', { href: s.feedUrl }, 'Atom'), h('div', { class: 'hint' }, 'Địa chỉ chứa khóa riêng: không chia sẻ.')),
        h('td', {}, h('button', { type: 'button', class: 'secondary', onclick: () => remove(`/api/alerts/saved-searches/${s.id}`, reload) }, 'Bỏ lưu'))))))
      : h('p', { class: 'muted' }, 'Chưa lưu tìm kiếm nào (nút “Lưu tìm kiếm” ở trang tìm kiếm).'),
    h('h2', {}, `Văn bản, quy định đang theo dõi (${watches.length})`),
    watches.length ? h('table', {}, h('thead', {}, h('tr', {}, ['Theo dõi', 'Từ', ''].map(c => h('th', {}, c)))),
      h('tbody', {}, watches.map(w => h('tr', {}, h('td', {}, link(`/van-ban/${encodeURIComponent(w.documentId)}${w.path ? '?quy-dinh=' + encodeURIComponent(w.path) : ''}`, w.label)),
        h('td', {}, when(w.createdAt)), h('td', {}, h('button', { type: 'button', class: 'secondary', onclick: () => remove(`/api/alerts/watches/${w.id}`, reload) }, 'Bỏ theo dõi'))))))
      : h('p', { class: 'muted' }, 'Chưa theo dõi văn bản nào (nút “Theo dõi văn bản” ở trang văn bản).'));
}

async function remove(path, reload) {
  try { await api(path, { method: 'DELETE' }); toast('Đã bỏ.'); reload(); } catch (e) { toast(e.describe(), 'error'); }
}
