// Thu thập: the configured sources with their latest run, the recent runs and their errors; an admin starts one.
import { api, can, query } from '../api.js';
import { clear, h, toast, fill } from '../dom.js';
import { when } from '../format.js';

const runStatus = { running: 'Đang chạy', completed: 'Hoàn thành', interrupted: 'Bị gián đoạn', failed: 'Lỗi', cancelled: 'Đã dừng' };

export async function render(main, { query: params, navigate }) {
  const [sources, runs] = await Promise.all([api('/api/sources'), api('/api/crawl-runs?limit=20')]);
  const selected = params.get('lan-chay');
  const detail = selected ? await api(`/api/crawl-runs/${encodeURIComponent(selected)}?errorsLimit=50`) : null;
  fill(main, 
    h('h1', {}, 'Thu thập văn bản'),
    h('h2', {}, `Nguồn (${sources.length})`),
    sources.length ? h('table', {},
      h('thead', {}, h('tr', {}, ['Nguồn', 'Địa chỉ', 'Lịch', 'Hợp lệ', 'Lần chạy gần nhất', ''].map(c => h('th', {}, c)))),
      h('tbody', {}, sources.map(s => h('tr', {},
        h('td', {}, s.name), h('td', {}, (s.definition?.seeds || []).join(', ')), h('td', {}, s.definition?.enabled === false ? 'đã tắt' : (s.definition?.schedule || 'theo yêu cầu')),
        h('td', {}, s.valid ? 'có' : `không: ${(s.errors || []).map(e => e.message).join('; ')}`),
        h('td', {}, s.lastRun ? `${runStatus[s.lastRun.status] || s.lastRun.status} · ${when(s.lastRun.startedAt)}` : '—'),
        h('td', {}, can('admin') && s.valid && s.definition?.enabled !== false ? h('button', { type: 'button', class: 'secondary', onclick: () => start(s.name, navigate) }, 'Chạy ngay') : null)))))
      : h('p', { class: 'muted' }, 'Chưa có nguồn nào. Quản trị viên thêm nguồn trong thư mục sources/ hoặc qua API (PUT /api/sources/{tên}).'),
    h('h2', {}, 'Các lần chạy gần đây'),
    runs.length ? h('table', {},
      h('thead', {}, h('tr', {}, ['#', 'Nguồn', 'Trạng thái', 'Bắt đầu', 'Trang', 'Văn bản mới / đổi / không đổi', 'Lỗi'].map(c => h('th', {}, c)))),
      h('tbody', {}, runs.map(r => h('tr', {},
        h('td', {}, h('a', { href: '/thu-thap' + query({ 'lan-chay': r.id }), 'data-link': true }, `#${r.id}`)), h('td', {}, r.source), h('td', {}, runStatus[r.status] || r.status),
        h('td', {}, when(r.startedAt)), h('td', {}, String(r.pages)),
        h('td', {}, `${r.documentsNew} / ${r.documentsChanged} / ${r.documentsUnchanged}`), h('td', {}, String(Object.values(r.errors || {}).reduce((a, b) => a + b, 0)))))))
      : h('p', { class: 'muted' }, 'Chưa có lần chạy nào.'),
    detail ? h('section', {}, h('h2', {}, `Lỗi của lần chạy #${detail.id}`),
      (detail.errorList || []).length ? h('table', {}, h('thead', {}, h('tr', {}, ['Địa chỉ', 'Mã', 'Nội dung'].map(c => h('th', {}, c)))),
        h('tbody', {}, detail.errorList.map(e => h('tr', {}, h('td', {}, e.url), h('td', {}, e.code), h('td', {}, e.message))))) : h('p', {}, 'Không có lỗi.')) : null);
}

async function start(name, navigate) {
  try {
    const started = await api(`/api/sources/${encodeURIComponent(name)}/runs`, { method: 'POST' });
    toast(`Đã bắt đầu lần chạy #${started.runId}.`);
    navigate('/thu-thap', { replace: true });
  } catch (e) { toast(e.describe(), 'error'); }
}
