// The LawMonitor web UI: a small router over the History API, the navigation for the signed-in role,
// and the pages. No build step: ES modules served as they are.
import { api, can, loadSession, session } from './api.js';
import { clear, h, link, toast, fill, labelTableCells } from './dom.js';
import { loadVocabulary, roleNames } from './format.js';
import * as login from './pages/login.js';
import * as search from './pages/search.js';
import * as documentPage from './pages/document.js';
import * as documents from './pages/documents.js';
import * as findings from './pages/findings.js';
import * as recommendations from './pages/recommendations.js';
import * as reports from './pages/reports.js';
import * as annual from './pages/annual.js';
import * as tasks from './pages/tasks.js';
import * as duties from './pages/duties.js';
import * as crawl from './pages/crawl.js';
import * as alerts from './pages/alerts.js';
import * as admin from './pages/admin.js';

const routes = [
  { pattern: /^\/dang-nhap$/, page: login, anonymous: true },
  { pattern: /^\/$/, page: search, browse: true },
  { pattern: /^\/van-ban$/, page: documents, browse: true },
  { pattern: /^\/van-ban\/([^/]+)$/, page: documentPage, browse: true },
  { pattern: /^\/phat-hien$/, page: findings, role: 'viewer' },
  { pattern: /^\/kien-nghi$/, page: recommendations, role: 'viewer' },
  { pattern: /^\/kien-nghi\/(moi|\d+)$/, page: recommendations, role: 'viewer', detail: true },
  { pattern: /^\/ke-hoach$/, page: tasks, role: 'viewer' },
  { pattern: /^\/ke-hoach\/(\d+)$/, page: tasks, role: 'viewer' },
  { pattern: /^\/bao-cao-dinh-ky$/, page: duties, role: 'viewer' },
  { pattern: /^\/bao-cao$/, page: reports, role: 'viewer' },
  { pattern: /^\/bao-cao\/nam$/, page: annual, role: 'viewer' },
  { pattern: /^\/thu-thap$/, page: crawl, role: 'viewer' },
  { pattern: /^\/theo-doi$/, page: alerts, role: 'viewer' },
  { pattern: /^\/quan-tri$/, page: admin, role: 'admin' },
];

const menu = [
  ['/', 'Tìm kiếm', null], ['/phat-hien', 'Phát hiện', 'viewer'], ['/kien-nghi', 'Kiến nghị', 'viewer'], ['/ke-hoach', 'Kế hoạch', 'viewer'],
  ['/bao-cao-dinh-ky', 'Báo cáo định kỳ', 'viewer'], ['/bao-cao', 'Báo cáo', 'viewer'],
  ['/thu-thap', 'Thu thập', 'viewer'], ['/theo-doi', 'Theo dõi', 'viewer'], ['/quan-tri', 'Quản trị', 'admin'],
];

export function navigate(path, { replace = false } = {}) {
  try {
    if (replace) history.replaceState(null, '', path); else history.pushState(null, '', path);
  } catch {
    history.replaceState(null, '', '/'); // an address of another origin is never followed
  }
  render();
}

async function render() {
  const main = document.getElementById('main');
  const path = location.pathname;
  const route = routes.find(r => r.pattern.test(path));
  renderNav(path);
  if (!route) {
    fill(main, h('h1', {}, 'Không tìm thấy trang'), link('/', 'Về trang tìm kiếm'));
    return;
  }

  const allowed = route.anonymous || (route.browse && (session.signedIn || session.publicSearch)) || (route.role && can(route.role));
  if (!allowed) {
    if (!session.signedIn) { navigate('/dang-nhap?tiep=' + encodeURIComponent(path + location.search), { replace: true }); return; }
    fill(main, h('h1', {}, 'Không có quyền'), h('p', {}, 'Tài khoản của bạn không được dùng chức năng này.'));
    return;
  }

  const match = path.match(route.pattern);
  fill(main, h('p', { class: 'muted' }, 'Đang tải…'));
  try {
    await route.page.render(main, { params: match.slice(1), query: new URLSearchParams(location.search), navigate, refreshNav: () => renderNav(location.pathname) });
  } catch (e) {
    fill(main, h('h1', {}, 'Không tải được trang'), h('div', { class: 'error-box', role: 'alert' }, e.describe ? e.describe() : String(e)));
  }

  main.focus({ preventScroll: true });
}

async function renderNav(path) {
  const nav = clear(document.getElementById('nav'));
  for (const [href, label, role] of menu) {
    if (role ? !can(role) : !(session.signedIn || session.publicSearch)) continue;
    const current = href === '/' ? (path === '/' || path === '/van-ban' || path.startsWith('/van-ban/')) : path === href || path.startsWith(href + '/');
    const a = link(href, label);
    if (current) a.setAttribute('aria-current', 'page');
    if (href === '/theo-doi') a.append(h('span', { class: 'badge-count', id: 'unread', hidden: true }));
    nav.append(a);
  }

  const user = clear(document.getElementById('user'));
  if (session.signedIn) {
    const role = roleNames[session.role] || session.role;
    user.append(h('span', { title: `${session.displayName || session.name} · ${role}` }, session.displayName || session.name, h('span', { class: 'role' }, ` · ${role}`)),
      h('button', { type: 'button', onclick: signOut }, 'Đăng xuất'));
    refreshUnread();
  } else if (path !== '/dang-nhap') {
    user.append(link('/dang-nhap', h('span', { class: 'button secondary' }, 'Đăng nhập')));
  }
}

export async function refreshUnread() {
  if (!session.signedIn) return;
  try {
    const { unread } = await api('/api/alerts/notifications?limit=1');
    const badge = document.getElementById('unread');
    if (badge) { badge.textContent = unread; badge.hidden = unread === 0; badge.setAttribute('aria-label', `${unread} thông báo chưa đọc`); }
  } catch { /* the badge is a convenience */ }
}

async function signOut() {
  await api('/api/auth/logout', { method: 'POST' });
  await loadSession();
  toast('Đã đăng xuất.');
  navigate('/dang-nhap');
}

document.addEventListener('click', event => {
  const a = event.target.closest('a[data-link]');
  if (!a || event.ctrlKey || event.metaKey || event.shiftKey || a.target) return;
  event.preventDefault();
  navigate(a.getAttribute('href'));
});

document.addEventListener('keydown', event => {
  const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement?.tagName);
  if (event.key === '/' && !typing) {
    event.preventDefault();
    const box = document.getElementById('q');
    if (box) box.focus(); else navigate('/');
  }
});

window.addEventListener('popstate', render);
window.addEventListener('lm:signed-out', () => { if (location.pathname !== '/dang-nhap') navigate('/dang-nhap?tiep=' + encodeURIComponent(location.pathname + location.search), { replace: true }); });

labelTableCells(document.getElementById('main'));
Promise.all([loadSession(), loadVocabulary()]).then(render, () => { document.getElementById('main').textContent = 'Không kết nối được máy chủ LawMonitor.'; });
