// Thu thập: the configured sources with their latest run, the recent runs and their errors; an admin adds a source,
// removes one added here, and starts one.
import { api, can, query } from '../api.js';
import { ask, clear, h, toast, fill } from '../dom.js';
import { when } from '../format.js';

const runStatus = { running: 'Đang chạy', completed: 'Hoàn thành', interrupted: 'Bị gián đoạn', failed: 'Lỗi', cancelled: 'Đã dừng' };

export async function render(main, { query: params, navigate }) {
  const [sources, runs] = await Promise.all([api('/api/sources'), api('/api/crawl-runs?limit=20')]);
  const selected = params.get('lan-chay');
  const detail = selected ? await api(`/api/crawl-runs/${encodeURIComponent(selected)}?errorsLimit=50`) : null;
  fill(main, 
    h('div', { class: 'spread' }, h('h1', {}, 'Thu thập văn bản'),
      can('admin') ? h('button', { type: 'button', onclick: () => addSource(navigate, sources.map(s => s.name)) }, 'Thêm nguồn') : null),
    h('h2', {}, `Nguồn (${sources.length})`),
    sources.length ? h('table', {},
      h('thead', {}, h('tr', {}, ['Nguồn', 'Địa chỉ', 'Lịch', 'Hợp lệ', 'Lần chạy gần nhất', ''].map(c => h('th', {}, c)))),
      h('tbody', {}, sources.map(s => h('tr', {},
        h('td', {}, s.name, s.definition?.title ? h('div', { class: 'hint' }, s.definition.title) : null), h('td', {}, (s.definition?.seeds || []).join(', ')),
        h('td', {}, s.definition?.enabled === false ? 'đã tắt' : every(s.definition?.schedule)),
        h('td', {}, s.valid ? 'có' : `không: ${(s.errors || []).map(e => e.message).join('; ')}`),
        h('td', {}, s.lastRun ? `${runStatus[s.lastRun.status] || s.lastRun.status} · ${when(s.lastRun.startedAt)}` : '—'),
        h('td', {}, can('admin') ? [
          s.valid && s.definition?.enabled !== false ? h('button', { type: 'button', class: 'secondary', onclick: () => start(s.name, navigate) }, 'Chạy ngay') : null,
          s.origin === 'api' ? h('button', { type: 'button', class: 'secondary', onclick: () => remove(s.name, navigate) }, 'Xóa') : null] : null)))))
      : h('p', { class: 'muted' }, can('admin')
        ? 'Chưa có nguồn nào. Bấm “Thêm nguồn” để khai báo cổng thông tin cần thu thập, hoặc đặt tệp định nghĩa nguồn vào thư mục sources/.'
        : 'Chưa có nguồn nào. Quản trị viên khai báo nguồn thu thập.'),
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

const units = { m: 'phút', h: 'giờ', d: 'ngày' };

// A schedule as people say it: "24h" is "mỗi 24 giờ"; none is "theo yêu cầu".
function every(schedule) {
  const m = /^(\d+)\s*([mhd])$/i.exec(schedule || '');
  return m ? `mỗi ${m[1]} ${units[m[2].toLowerCase()]}` : (schedule || 'theo yêu cầu');
}

const lines = text => text.split(/\r?\n/).map(l => l.trim()).filter(Boolean);

// A source as an officer describes it: a name, where to start, which pages are documents, how often. What the form
// leaves out takes the crawler's polite defaults; every field is checked by the server, and a refusal names the field
// and keeps what was typed.
async function addSource(navigate, taken) {
  let values = {};
  let refusal = null;
  for (;;) {
    const v = await ask('Thêm nguồn thu thập', [
      { name: 'name', label: 'Tên nguồn', value: values.name, required: true, placeholder: 'stp-hoa-phong', hint: 'Chữ thường không dấu, số và dấu gạch ngang; dùng để lọc kết quả (nguon:).' },
      { name: 'title', label: 'Tên cơ quan, cổng thông tin', value: values.title, placeholder: 'Sở Tư pháp tỉnh Hòa Phong' },
      { name: 'seeds', label: 'Địa chỉ bắt đầu', type: 'textarea', value: values.seeds, required: true, hint: 'Mỗi dòng một địa chỉ, thường là trang danh sách văn bản.' },
      { name: 'documents', label: 'Trang văn bản (không bắt buộc)', type: 'textarea', value: values.documents, hint: 'Mỗi dòng một biểu thức chính quy trên đường dẫn, ví dụ ^/van-ban/[^/]+\\.html$; để trống: mọi trang trong phạm vi.' },
      { name: 'schedule', label: 'Lịch chạy (không bắt buộc)', value: values.schedule, placeholder: '24h', hint: 'Ví dụ 24h, 7d; để trống: chỉ chạy khi bấm “Chạy ngay”.' },
    ], 'Lưu nguồn', refusal);
    if (!v) return;
    values = v;
    if (taken.includes(v.name)) { refusal = `Tên nguồn: đã có nguồn ${v.name}; chọn tên khác.`; continue; } // adding never replaces
    const definition = { name: v.name, seeds: lines(v.seeds) };
    if (v.title) definition.title = v.title;
    if (lines(v.documents).length) definition.documents = lines(v.documents);
    if (v.schedule) definition.schedule = v.schedule;
    try {
      await api(`/api/sources/${encodeURIComponent(v.name)}`, { method: 'PUT', body: definition });
      toast(`Đã lưu nguồn ${v.name}.`);
      navigate('/thu-thap', { replace: true });
      return;
    } catch (e) {
      refusal = refused(e); // shown in the form again, with what was typed
    }
  }
}

const sourceFields = { name: 'Tên nguồn', title: 'Tên cơ quan, cổng thông tin', seeds: 'Địa chỉ bắt đầu', documents: 'Trang văn bản', schedule: 'Lịch chạy' };

// A refusal named by the form's own labels: "seeds[0]" is "Địa chỉ bắt đầu (dòng 1)".
function refused(e) {
  const fields = Object.entries(e.errors || {});
  if (!fields.length) return e.describe();
  return fields.map(([field, messages]) => {
    const [, key, index] = field.match(/^(\w+)(?:\[(\d+)\])?$/) || [null, field, null];
    return `${sourceFields[key] || field}${index != null ? ` (dòng ${Number(index) + 1})` : ''}: ${messages.join(' ')}`;
  }).join('\n');
}

async function remove(name, navigate) {
  if (!await ask(`Xóa nguồn ${name}? Các lần chạy đã có vẫn được giữ.`, [], 'Xóa nguồn')) return;
  try {
    await api(`/api/sources/${encodeURIComponent(name)}`, { method: 'DELETE' });
    toast(`Đã xóa nguồn ${name}.`);
    navigate('/thu-thap', { replace: true });
  } catch (e) { toast(e.describe(), 'error'); }
}
