// Theo dõi: what arrived for me (and why), my saved searches with their Atom feeds, my watches on documents
// and on bodies (whose tasks and reports falling due or overdue are told).
import { api } from '../api.js';
import { clear, h, link, toast, fill } from '../dom.js';
import { when } from '../format.js';

export async function render(main, { navigate, refreshNav }) {
  const [notes, searches, watches, bodies] = await Promise.all([api('/api/alerts/notifications?limit=200'), api('/api/alerts/saved-searches'), api('/api/alerts/watches'), api('/api/alerts/body-watches')]);
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
      : h('p', { class: 'muted' }, 'Chưa theo dõi văn bản nào (nút “Theo dõi văn bản” ở trang văn bản).'),
    h('h2', {}, `Cơ quan đang theo dõi (${bodies.length})`),
    h('p', { class: 'hint' }, 'Nhận thông báo khi nhiệm vụ do cơ quan chủ trì hoặc báo cáo cơ quan phải gửi còn 7 ngày đến hạn hoặc đã quá hạn.'),
    bodies.length ? h('table', {}, h('thead', {}, h('tr', {}, ['Cơ quan', 'Từ', ''].map(c => h('th', {}, c)))),
      h('tbody', {}, bodies.map(b => h('tr', {}, h('td', {}, link('/ke-hoach?co-quan=' + encodeURIComponent(b.body), b.body)), h('td', {}, when(b.createdAt)),
        h('td', {}, h('button', { type: 'button', class: 'secondary', onclick: () => remove(`/api/alerts/body-watches/${b.id}`, reload) }, 'Bỏ theo dõi'))))))
      : null,
    watchBodyForm(reload));
}

function watchBodyForm(reload) {
  const box = h('input', { id: 'watch-body', required: true, placeholder: 'Ví dụ: Sở Tư pháp', 'aria-label': 'Tên cơ quan' });
  const form = h('form', { class: 'row' }, box, h('button', { type: 'submit', class: 'secondary' }, 'Theo dõi cơ quan'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try { await api('/api/alerts/body-watches', { method: 'POST', body: { body: box.value.trim() } }); toast(`Đã theo dõi ${box.value.trim()}.`); reload(); } catch (err) { toast(err.describe(), 'error'); }
  });
  return form;
}

async function remove(path, reload) {
  try { await api(path, { method: 'DELETE' }); toast('Đã bỏ.'); reload(); } catch (e) { toast(e.describe(), 'error'); }
}
