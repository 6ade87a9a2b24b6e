// Đăng nhập: the only page an anonymous visitor sees (unless an admin has opened search to everyone).
import { api, loadSession, session } from '../api.js';
import { clear, h, toast, fill, localPath } from '../dom.js';

export async function render(main, { query, navigate }) {
  const safeNext = localPath(query.get('tiep'));
  if (session.signedIn) { navigate(safeNext, { replace: true }); return; }
  const error = h('div', { class: 'error-box', role: 'alert', hidden: true });
  const name = h('input', { id: 'login-name', name: 'name', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h('form', { class: 'card login', novalidate: true },
    h('h1', {}, 'Đăng nhập'),
    h('p', { class: 'muted' }, 'Hệ thống theo dõi thi hành pháp luật dành cho cán bộ pháp chế, tư pháp.'),
    session.setupNeeded ? h('div', { class: 'error-box' }, 'Chưa có tài khoản nào. Quản trị viên tạo tài khoản đầu tiên trên máy chủ bằng lệnh ',
      h('code', {}, './lawmonitor user create TÊN --role admin'), ', rồi đăng nhập tại đây.') : null,
    error,
    h('label', { for: 'login-name' }, 'Tên đăng nhập'), name,
    h('label', { for: 'login-password' }, 'Mật khẩu'), password,
    h('div', { class: 'row' }, h('button', { type: 'submit' }, 'Đăng nhập')),
    session.publicSearch ? h('p', { class: 'hint' }, 'Tra cứu văn bản đang mở cho mọi người: ', h('a', { href: '/', 'data-link': true }, 'tìm kiếm không cần đăng nhập'), '.') : null);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.hidden = true;
    if (!name.value.trim() || !password.value) {
      error.textContent = 'Nhập tên đăng nhập và mật khẩu.';
      error.hidden = false;
      return;
    }

    try {
      await api('/api/auth/login', { method: 'POST', body: { name: name.value.trim(), password: password.value } });
      await loadSession();
      toast(`Xin chào, ${session.displayName || session.name}.`);
      navigate(safeNext, { replace: true });
    } catch (e) {
      error.textContent = e.status === 429 ? e.describe() : e.status === 401 ? 'Tên đăng nhập hoặc mật khẩu không đúng.' : e.describe();
      error.hidden = false;
      password.value = '';
      password.focus();
    }
  });
  fill(main, form);
  name.focus();
}
