// Phát hiện: the queue of findings — detector candidates and officers' own — with their evidence beside them,
// to confirm or dismiss (with a reason), and to turn into a recommendation.
import { api, can, query } from '../api.js';
import { ask, clear, h, link, toast, fill } from '../dom.js';
import { badge, classNames, findingStatusNames, when, wordDiff } from '../format.js';

export async function render(main, { query: params, navigate }) {
  const status = params.get('trang-thai') || 'open';
  const cls = params.get('nhom') || '';
  const list = await api('/api/findings' + query({ status, class: cls, size: 200 }));
  const tabs = h('nav', { class: 'tabs', 'aria-label': 'Trạng thái' }, Object.entries(findingStatusNames).map(([code, name]) => {
    const a = link('/phat-hien' + query({ 'trang-thai': code, nhom: cls }), name);
    if (code === status) a.setAttribute('aria-current', 'true');
    return a;
  }));
  const filter = h('select', { id: 'class-filter', 'aria-label': 'Nhóm vấn đề', onchange: e => navigate('/phat-hien' + query({ 'trang-thai': status, nhom: e.target.value })) },
    h('option', { value: '' }, 'Mọi nhóm vấn đề'), Object.entries(classNames).map(([v, n]) => h('option', { value: v, selected: v === cls }, n)));
  const run = can('analyst') ? h('button', { type: 'button', class: 'secondary', onclick: async () => {
    const r = await api('/api/detection/runs', { method: 'POST' });
    const added = Object.values(r.added || {}).reduce((a, b) => a + b, 0);
    toast(`Đã chạy bộ phát hiện: ${added} ứng viên mới.`);
    navigate(location.pathname + location.search, { replace: true });
  } }, 'Chạy bộ phát hiện') : null;
  fill(main, h('div', { class: 'spread' }, h('h1', {}, 'Phát hiện'), h('div', { class: 'row' }, filter, run)), tabs,
    h('p', { class: 'muted' }, `${list.total} phát hiện ${findingStatusNames[status]?.toLowerCase() || ''}`),
    list.items.length ? list.items.map(f => card(f, () => navigate(location.pathname + location.search, { replace: true }), navigate)) : h('p', {}, 'Không có phát hiện nào ở trạng thái này.'));
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

function card(f, reload, navigate) {
  const actions = h('div', { class: 'row' });
  if (can('analyst')) {
    if (f.status === 'open') actions.append(h('button', { type: 'button', onclick: () => change(f, 'confirm', null, reload) }, 'Xác nhận'));
    if (f.status !== 'dismissed') actions.append(h('button', { type: 'button', class: 'secondary', onclick: () => dismiss(f, reload) }, 'Loại'));
    if (f.status === 'dismissed') actions.append(h('button', { type: 'button', class: 'secondary', onclick: () => reopen(f, reload) }, 'Mở lại'));
    if (f.status === 'confirmed') actions.append(h('button', { type: 'button', onclick: () => navigate('/kien-nghi/moi' + query({ 'phat-hien': f.id })) }, 'Lập kiến nghị'));
  }

  return h('article', { class: 'card', id: `f${f.id}`, 'aria-labelledby': `f${f.id}-title` },
    h('div', { class: 'spread' }, h('h2', { id: `f${f.id}-title` }, `#${f.id} · ${f.className}`), badge(f.status, findingStatusNames[f.status])),
    h('p', {}, f.description),
    h('h3', {}, 'Quy định liên quan'),
    h('ul', {}, unique(f.provisions).map(p => h('li', {}, link(`/van-ban/${encodeURIComponent(p.documentId)}${p.path ? '?quy-dinh=' + encodeURIComponent(p.path) : ''}`, p.label), ` (phiên bản ${p.version})`))),
    f.evidence.length ? [h('h3', {}, 'Chứng cứ'), f.evidence.map(e => h('div', { class: 'evidence' }, h('strong', {}, (e.kindName || 'Chứng cứ') + ': '), e.diff ? wordDiff(e.diff) : (e.note || e.referenceLabel)))] : null,
    h('p', { class: 'hint' }, `Phát hiện bởi ${f.foundByName} · ${when(f.createdAt)}${f.field ? ' · Lĩnh vực: ' + f.field : ''}${f.reason ? ' · Lý do: ' + f.reason : ''}`),
    actions);
}

/** One line per provision: a document cited twice in one Căn cứ line is one provision to look at. */
function unique(provisions) {
  const seen = new Set();
  return provisions.filter(p => { const key = p.documentId + '|' + p.path; if (seen.has(key)) return false; seen.add(key); return true; });
}

async function change(f, action, body, reload) {
  try {
    await api(`/api/findings/${f.id}/${action}`, { method: 'POST', body: body ?? undefined, ifMatch: f.version });
    toast(action === 'confirm' ? `Đã xác nhận phát hiện #${f.id}.` : action === 'dismiss' ? `Đã loại phát hiện #${f.id}.` : `Đã mở lại phát hiện #${f.id}.`);
    reload();
  } catch (e) {
    toast(e.status === 412 ? 'Phát hiện vừa được người khác sửa; danh sách đã được tải lại.' : e.describe(), 'error');
    if (e.status === 412) reload();
  }
}

async function dismiss(f, reload) {
  const values = await ask(`Loại phát hiện #${f.id}`, [{ name: 'reason', label: 'Lý do loại', type: 'textarea', required: true }], 'Loại phát hiện');
  if (values) await change(f, 'dismiss', { reason: values.reason }, reload);
}

async function reopen(f, reload) {
  const values = await ask(`Mở lại phát hiện #${f.id}`, [{ name: 'reason', label: 'Lý do mở lại', type: 'textarea', required: true }], 'Mở lại');
  if (values) await change(f, 'reopen', { reason: values.reason }, reload);
}
