// Quản trị: accounts and roles, API tokens for programs, public search, the report drafts' letterhead, the sign-in audit.
import { api } from '../api.js';
import { ask, clear, h, toast, fill } from '../dom.js';
import { roleNames, when } from '../format.js';

export async function render(main, { navigate }) {
  const [users, settings, tokens, signIns, letterhead] = await Promise.all([api('/api/users'), api('/api/admin/settings'), api('/api/admin/tokens'), api('/api/admin/sign-ins?limit=50'), api('/api/admin/letterhead')]);
  const reload = () => navigate('/quan-tri', { replace: true });
  const roleOptions = Object.entries(roleNames);
  fill(main, 
    h('h1', {}, 'Quản trị'),
    h('section', { class: 'card' }, h('h2', {}, 'Tra cứu công khai'),
      h('p', {}, settings.publicSearch ? 'Đang mở: mọi người tra cứu được văn bản mà không cần đăng nhập (sổ phát hiện, kiến nghị vẫn cần đăng nhập).' : 'Đang đóng: chỉ người đã đăng nhập tra cứu được.'),
      h('button', { type: 'button', class: 'secondary', onclick: async () => { await api('/api/admin/settings', { method: 'PUT', body: { publicSearch: !settings.publicSearch } }); toast('Đã lưu.'); reload(); } },
        settings.publicSearch ? 'Đóng tra cứu công khai' : 'Mở tra cứu công khai')),
    h('section', { class: 'card letterhead' }, h('h2', {}, 'Thể thức dự thảo báo cáo'),
      h('p', { class: 'hint' }, 'Phần đầu và chữ ký của các dự thảo báo cáo (Word) theo Nghị định 30/2020/NĐ-CP. ',
        letterhead.setInWebUi ? 'Do quản trị viên đặt.' : 'Lấy từ cấu hình của hệ thống (Monitoring:Report*).'),
      h('div', { class: 'letterhead-preview' },
        h('div', {}, h('div', {}, letterhead.parentBody), h('strong', {}, letterhead.body), h('div', {}, `Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/${letterhead.symbol}`)),
        h('div', {}, h('strong', {}, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), h('div', {}, 'Độc lập - Tự do - Hạnh phúc'), h('em', {}, `${letterhead.place}, ngày … tháng … năm …`))),
      h('p', {}, 'Người ký: ', h('strong', {}, letterhead.signerTitle.join(' / ')), letterhead.signer ? ` — ${letterhead.signer}` : ' — (để trống, cán bộ ghi)'),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'secondary', onclick: () => editLetterhead(letterhead, reload) }, 'Sửa thể thức'),
        letterhead.setInWebUi ? h('button', { type: 'button', class: 'secondary', onclick: async () => { await api('/api/admin/letterhead', { method: 'DELETE' }); toast('Đã trở về cấu hình của hệ thống.'); reload(); } }, 'Dùng cấu hình của hệ thống') : null)),
    h('div', { class: 'spread' }, h('h2', {}, `Tài khoản (${users.length})`), h('button', { type: 'button', onclick: () => createUser(reload) }, 'Tạo tài khoản')),
    h('table', {}, h('thead', {}, h('tr', {}, ['Tên đăng nhập', 'Tên hiển thị', 'Vai trò', 'Trạng thái', ''].map(c => h('th', {}, c)))),
      h('tbody', {}, users.map(u => h('tr', {}, h('td', {}, u.name), h('td', {}, u.displayName),
        h('td', {}, h('select', { 'aria-label': `Vai trò của ${u.name}`, onchange: e => update(u.name, { role: e.target.value }, reload) }, roleOptions.map(([v, n]) => h('option', { value: v, selected: v === u.role }, n)))),
        h('td', {}, u.disabled ? 'đã khóa' : 'đang dùng'),
        h('td', {}, h('button', { type: 'button', class: 'secondary', onclick: () => update(u.name, { disabled: !u.disabled }, reload) }, u.disabled ? 'Mở khóa' : 'Khóa'),
          ' ', h('button', { type: 'button', class: 'secondary', onclick: () => resetPassword(u.name) }, 'Đặt mật khẩu')))))),
    h('div', { class: 'spread' }, h('h2', {}, 'Token API cho phần mềm khác'), h('button', { type: 'button', onclick: () => createToken(reload) }, 'Tạo token')),
    h('table', {}, h('thead', {}, h('tr', {}, ['Tên', 'Vai trò', 'Tạo lúc', 'Thu hồi', ''].map(c => h('th', {}, c)))),
      h('tbody', {}, tokens.map(t => h('tr', {}, h('td', {}, t.name), h('td', {}, roleNames[t.role] || t.role), h('td', {}, when(t.createdAt)), h('td', {}, t.revokedAt ? when(t.revokedAt) : '—'),
        h('td', {}, t.revokedAt ? null : h('button', { type: 'button', class: 'secondary', onclick: () => revoke(t.name, reload) }, 'Thu hồi')))))),
    h('h2', {}, 'Nhật ký đăng nhập'),
    h('table', {}, h('thead', {}, h('tr', {}, ['Lúc', 'Tên đăng nhập', 'Địa chỉ', 'Kết quả'].map(c => h('th', {}, c)))),
      h('tbody', {}, signIns.map(s => h('tr', {}, h('td', {}, when(s.at)), h('td', {}, s.name), h('td', {}, s.address || '—'), h('td', {}, s.result))))));
}

async function update(name, body, reload) {
  try { await api(`/api/users/${encodeURIComponent(name)}`, { method: 'PATCH', body }); toast('Đã lưu.'); } catch (e) { toast(e.describe(), 'error'); }
  reload();
}

async function createUser(reload) {
  const v = await ask('Tạo tài khoản', [
    { name: 'name', label: 'Tên đăng nhập', required: true, hint: 'Chữ không dấu, số, dấu chấm, gạch nối.' },
    { name: 'displayName', label: 'Họ và tên' },
    { name: 'role', label: 'Vai trò', type: 'select', options: Object.entries(roleNames), required: true },
    { name: 'password', label: 'Mật khẩu ban đầu', type: 'password', required: true, hint: 'Ít nhất 10 ký tự.' },
  ], 'Tạo');
  if (!v) return;
  try { await api('/api/users', { method: 'POST', body: v }); toast(`Đã tạo tài khoản ${v.name}.`); reload(); } catch (e) { toast(e.describe(), 'error'); }
}

async function resetPassword(name) {
  const v = await ask(`Đặt mật khẩu cho ${name}`, [{ name: 'password', label: 'Mật khẩu mới', type: 'password', required: true, hint: 'Ít nhất 10 ký tự.' }], 'Lưu');
  if (!v) return;
  try { await api(`/api/users/${encodeURIComponent(name)}`, { method: 'PATCH', body: { password: v.password } }); toast('Đã đặt mật khẩu.'); } catch (e) { toast(e.describe(), 'error'); }
}

async function createToken(reload) {
  const v = await ask('Tạo token API', [
    { name: 'name', label: 'Tên (phần mềm dùng token)', required: true },
    { name: 'role', label: 'Vai trò', type: 'select', options: Object.entries(roleNames), required: true },
  ], 'Tạo');
  if (!v) return;
  try {
    const t = await api('/api/admin/tokens', { method: 'POST', body: v });
    await ask('Token đã tạo — chép ngay, sẽ không hiển thị lại', [{ name: 'token', label: 'Token', value: t.token }], 'Đã chép');
    reload();
  } catch (e) { toast(e.describe(), 'error'); }
}

async function revoke(name, reload) {
  if (!await ask(`Thu hồi token ${name}? Chương trình đang dùng token này sẽ không truy cập được nữa.`, [], 'Thu hồi')) return;
  try {
    await api(`/api/admin/tokens/${encodeURIComponent(name)}`, { method: 'DELETE' });
    toast(`Đã thu hồi token ${name}.`);
    reload();
  } catch (e) { toast(e.describe(), 'error'); }
}

async function editLetterhead(current, reload, error = null, values = null) {
  const v = values || current;
  const answer = await ask('Thể thức dự thảo báo cáo', [
    { name: 'parentBody', label: 'Cơ quan chủ quản (chữ in hoa)', value: v.parentBody, required: true, placeholder: 'ỦY BAN NHÂN DÂN TỈNH …' },
    { name: 'body', label: 'Cơ quan ban hành (chữ in hoa)', value: v.body, required: true, placeholder: 'SỞ TƯ PHÁP' },
    { name: 'symbol', label: 'Ký hiệu báo cáo', value: v.symbol, required: true, placeholder: 'BC-STP' },
    { name: 'place', label: 'Địa danh', value: v.place, required: true, placeholder: 'Hòa Phong' },
    { name: 'signerTitle', label: 'Chức danh người ký', type: 'textarea', value: (v.signerTitle || []).join('\n'), required: true, hint: 'Mỗi dòng một dòng, như KT. GIÁM ĐỐC rồi PHÓ GIÁM ĐỐC.' },
    { name: 'signer', label: 'Họ tên người ký', value: v.signer || '', hint: 'Để trống nếu cán bộ tự ghi.' },
  ], 'Lưu', error);
  if (!answer) return;
  const body = { ...answer, signerTitle: answer.signerTitle.split('\n').map(l => l.trim()).filter(Boolean), signer: answer.signer || null };
  try {
    await api('/api/admin/letterhead', { method: 'PUT', body });
    toast('Đã lưu thể thức báo cáo.');
    reload();
  } catch (e) {
    await editLetterhead(current, reload, e.describe(), body);
  }
}
