// Kế hoạch & nhiệm vụ: the tasks plans give, by deadline or by lead body, the overdue in red; the proposals read
// from a plan, which a person confirms, edits or rejects; a task started, done with what shows it, or cancelled;
// one task with the plan's words and its whole history.
import { api, can, query, session, upload } from '../api.js';
import { ask, h, link, toast, fill } from '../dom.js';
import { badge, date, when } from '../format.js';

const tabs = [
  ['', 'Đang theo dõi'], ['proposed', 'Đề xuất chờ xác nhận'], ['qua-han', 'Quá hạn'], ['done', 'Đã hoàn thành'], ['cancelled', 'Đã hủy'], ['rejected', 'Không nhận'], ['tat-ca', 'Tất cả'],
];

export async function render(main, context) {
  const id = context.params[0];
  return id ? detail(main, Number(id), context) : list(main, context);
}

async function list(main, { query: params, navigate }) {
  const tab = params.get('trang-thai') || '';
  const body = params.get('co-quan') || '';
  const byBody = params.get('xem') === 'co-quan';
  const plan = params.get('ke-hoach') || ''; // one plan's tasks, opened from its page
  const status = ['', 'qua-han', 'tat-ca'].includes(tab) ? '' : tab;
  const answer = await api('/api/tasks' + query({ status, overdue: tab === 'qua-han' ? 'true' : '', body, plan, size: 500 }));
  // "Đang theo dõi": what is still to be done (confirmed and not finished).
  const items = tab === '' ? answer.items.filter(t => t.status === 'planned' || t.status === 'inProgress') : answer.items;
  const here = extra => '/ke-hoach' + query({ 'trang-thai': tab, 'co-quan': body, 'ke-hoach': plan, xem: byBody ? 'co-quan' : '', ...extra });
  const nav = h('nav', { class: 'tabs', 'aria-label': 'Tình trạng nhiệm vụ' }, tabs.map(([code, name]) => {
    const a = link(here({ 'trang-thai': code }), name);
    if (code === tab) a.setAttribute('aria-current', 'true');
    return a;
  }));
  const box = h('input', { id: 'task-body', type: 'search', value: body, placeholder: 'Cơ quan chủ trì…', 'aria-label': 'Lọc theo cơ quan chủ trì' });
  const filter = h('form', { class: 'row' }, box, h('button', { type: 'submit', class: 'secondary' }, 'Lọc'),
    h('span', { class: 'muted' }, 'Xem: '),
    byBody ? link(here({ xem: '' }), 'theo thời hạn') : h('strong', {}, 'theo thời hạn'), ' · ',
    byBody ? h('strong', {}, 'theo cơ quan chủ trì') : link(here({ xem: 'co-quan' }), 'theo cơ quan chủ trì'));
  filter.addEventListener('submit', e => { e.preventDefault(); navigate(here({ 'co-quan': box.value.trim() })); });
  const overdue = items.filter(t => t.overdue).length;
  const reload = () => navigate(location.pathname + location.search, { replace: true });
  const planName = plan ? (answer.items[0]?.source.documentLabel || 'kế hoạch này') : null;
  const summary = h('p', { class: 'muted' }, `${items.length} nhiệm vụ`, planName ? ` của ${planName}` : null,
    overdue ? [' · ', h('strong', { class: 'bad-text' }, `${overdue} quá hạn`)] : null,
    ` · tính đến ngày ${date(session.today)}`, plan ? [' · ', link(here({ 'ke-hoach': '' }), 'mọi kế hoạch')] : null);
  const groups = byBody ? groupBy(items, t => t.leadBody || 'Chưa rõ cơ quan chủ trì') : [[null, items]];
  const watchBody = body ? h('button', { type: 'button', class: 'secondary', onclick: async () => {
    try { await api('/api/alerts/body-watches', { method: 'POST', body: { body } }); toast(`Đã theo dõi ${body}: nhiệm vụ, báo cáo sắp đến hạn hoặc quá hạn sẽ được thông báo.`); } catch (e) { toast(e.describe(), 'error'); }
  } }, `Theo dõi ${body}`) : null;
  fill(main, h('div', { class: 'spread' }, h('h1', {}, 'Kế hoạch & nhiệm vụ'), watchBody), can('analyst') ? uploadForm(navigate) : null, nav, filter, summary,
    items.length === 0 ? h('p', {}, 'Không có nhiệm vụ nào.') : groups.map(([group, tasks]) => [
      group ? h('h2', {}, `${group} (${tasks.length})`) : null,
      table(tasks, reload, !byBody)]));
}

// A plan, programme or scheme uploaded here is ingested like any document; the detectors then read its tasks,
// which wait under "Đề xuất chờ xác nhận" for a person to confirm, edit or reject.
function uploadForm(navigate) {
  // The browser's own file button speaks its own language: a label in Vietnamese stands for it.
  const input = h('input', { id: 'plan-file', type: 'file', multiple: true, class: 'file-input', accept: '.pdf,.docx,.doc,.html,.htm,.txt,.rtf' });
  const chosen = h('span', { class: 'muted' }, 'Chưa chọn tệp');
  input.addEventListener('change', () => { chosen.textContent = input.files.length ? [...input.files].map(f => f.name).join(', ') : 'Chưa chọn tệp'; });
  const status = h('span', { class: 'muted', role: 'status' });
  const form = h('form', { class: 'card row', 'aria-label': 'Nạp kế hoạch' },
    h('span', {}, 'Nạp kế hoạch, chương trình, đề án (PDF, Word, HTML):'), input,
    h('label', { class: 'button secondary', for: 'plan-file' }, 'Chọn tệp…'), chosen,
    h('button', { type: 'submit' }, 'Nạp và đọc nhiệm vụ'), status);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    if (!input.files.length) { toast('Hãy chọn tệp kế hoạch.', 'error'); return; }
    status.textContent = 'Đang nạp…';
    try {
      const results = await upload(input.files);
      const failed = results.filter(r => !r.ok);
      for (const r of failed) toast(`${r.file}: ${r.message}`, 'error');
      if (failed.length === results.length) { status.textContent = ''; return; }
      status.textContent = 'Đang đọc nhiệm vụ…';
      const run = await api('/api/detection/runs', { method: 'POST' });
      toast(`Đã nạp ${results.length - failed.length} tệp${run.registers ? '; ' + run.registers : ''}.`);
      navigate('/ke-hoach?trang-thai=proposed');
    } catch (err) {
      status.textContent = '';
      toast(err.describe(), 'error');
    }
  });
  return form;
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'vi'));
}

function table(tasks, reload, showLead) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'tasks' },
    h('thead', {}, h('tr', {}, ['Nhiệm vụ', showLead ? 'Cơ quan chủ trì' : null, 'Cơ quan phối hợp', 'Thời hạn', 'Sản phẩm', 'Tình trạng', can('analyst') ? '' : null]
      .filter(c => c !== null).map(c => h('th', {}, c)))),
    h('tbody', {}, tasks.map(t => h('tr', { class: t.overdue ? 'overdue' : null, id: `t${t.id}` },
      h('td', {}, link(`/ke-hoach/${t.id}`, t.content), h('div', { class: 'hint' }, t.source.label || '')),
      showLead ? h('td', {}, t.leadBody || '—') : null,
      h('td', {}, t.cooperatingBodies.length ? t.cooperatingBodies.join('; ') : '—'),
      h('td', {}, deadline(t.deadline)),
      h('td', {}, t.product || '—'),
      h('td', {}, state(t)),
      can('analyst') ? h('td', { class: 'actions' }, actions(t, reload)) : null)))));
}

// A deadline as the plan writes it, with its last day beneath when the words give a period ("Quý III năm 2026")
// or a day without its year ("trước 15/10", read in the plan's year).
export function deadline(d) {
  if (!d || d.kind === 'unspecified') return '—';
  const day = d.due && d.kind === 'period' ? h('div', { class: 'hint' }, `đến hết ${date(d.due)}`)
    : d.due && d.kind === 'recurring' ? h('div', { class: 'hint' }, `năm nay: ${date(d.due)}`)
    : d.due && d.kind === 'day' && !d.text.includes(d.due.slice(0, 4)) ? h('div', { class: 'hint' }, `ngày ${date(d.due)}`) : null;
  return [d.text, day];
}

function state(t) {
  return [badge(t.status, t.statusName),
    t.overdue ? [' ', badge('overdue', `Quá hạn ${t.daysOverdue} ngày`)] : null,
    t.dueSoon ? [' ', badge('due-soon', 'Sắp đến hạn')] : null,
    t.doneLate ? [' ', badge('overdue', 'Hoàn thành muộn')] : null];
}

function actions(t, reload) {
  const act = (path, body) => change(t, path, body, reload);
  const button = (label, onclick, secondary = false) => h('button', { type: 'button', class: secondary ? 'secondary small' : 'small', onclick }, label);
  switch (t.status) {
    case 'proposed':
      return [button('Xác nhận', () => act('confirm')), button('Sửa', () => edit(t, reload), true), button('Không nhận', () => reason(act, 'reject', 'Không nhận nhiệm vụ đề xuất'), true)];
    case 'planned':
      return [button('Bắt đầu', () => act('start')), button('Hoàn thành', () => done(act)), button('Sửa', () => edit(t, reload), true), button('Hủy', () => reason(act, 'cancel', 'Hủy nhiệm vụ'), true)];
    case 'inProgress':
      return [button('Hoàn thành', () => done(act)), button('Sửa', () => edit(t, reload), true), button('Hủy', () => reason(act, 'cancel', 'Hủy nhiệm vụ'), true)];
    default:
      return null;
  }
}

async function change(t, path, body, reload, method = 'POST') {
  try {
    await api(`/api/tasks/${t.id}${path ? '/' + path : ''}`, { method, body, ifMatch: t.version });
    toast('Đã cập nhật nhiệm vụ.');
    reload();
  } catch (e) {
    toast(e.status === 412 ? 'Nhiệm vụ vừa được người khác sửa; đã tải lại.' : e.describe(), 'error');
    if (e.status === 412) reload();
  }
}

async function done(act) {
  const v = await ask('Ghi nhận nhiệm vụ đã hoàn thành', [
    { name: 'doneWith', label: 'Văn bản, báo cáo thể hiện kết quả', required: true, placeholder: 'Số hiệu, ví dụ 201/BC-SNNMT, hoặc mô tả' },
    { name: 'doneOn', label: 'Ngày hoàn thành', type: 'date', value: session.today, required: true },
  ], 'Hoàn thành');
  if (v) await act('done', { doneWith: v.doneWith, doneOn: v.doneOn });
}

async function reason(act, path, title) {
  const v = await ask(title, [{ name: 'reason', label: 'Lý do', type: 'textarea', required: true }], 'Đồng ý');
  if (v) await act(path, { reason: v.reason });
}

async function edit(t, reload) {
  const v = await ask('Sửa nhiệm vụ', [
    { name: 'content', label: 'Nội dung', type: 'textarea', value: t.content, required: true },
    { name: 'leadBody', label: 'Cơ quan chủ trì', value: t.leadBody || '' },
    { name: 'cooperatingBodies', label: 'Cơ quan phối hợp', value: t.cooperatingBodies.join('; '), hint: 'Ngăn cách bằng dấu chấm phẩy.' },
    { name: 'deadline', label: 'Thời hạn', value: t.deadline.text, placeholder: 'Ví dụ: trước ngày 30/6/2026, Quý III năm 2026, thường xuyên' },
    { name: 'product', label: 'Sản phẩm', value: t.product || '' },
    { name: 'reason', label: 'Lý do sửa', hint: 'Ghi vào lịch sử của nhiệm vụ.' },
  ], 'Lưu');
  if (!v) return;
  await change(t, '', {
    content: v.content, leadBody: v.leadBody, cooperatingBodies: v.cooperatingBodies.split(';').map(b => b.trim()).filter(Boolean),
    deadline: v.deadline, product: v.product, reason: v.reason || null,
  }, reload, 'PATCH');
}

async function detail(main, id, { navigate }) {
  const [t, history] = await Promise.all([api(`/api/tasks/${id}`), api(`/api/tasks/${id}/history`)]);
  const reload = () => navigate(`/ke-hoach/${id}`, { replace: true });
  const row = (name, value) => [h('dt', {}, name), h('dd', {}, value || '—')];
  const results = can('analyst') && ['inspection', 'survey'].includes(t.kind) && t.status !== 'rejected'
    ? h('button', { type: 'button', class: 'secondary', onclick: () => linkResults(t, reload) }, 'Gắn báo cáo kết quả và phát hiện') : null;
  fill(main,
    h('p', {}, link('/ke-hoach', '‹ Kế hoạch & nhiệm vụ')),
    h('div', { class: 'spread' }, h('h1', {}, t.content), h('div', { class: 'row' }, state(t))),
    can('analyst') ? h('div', { class: 'row' }, actions(t, reload), results) : null,
    h('div', { class: 'card' }, h('dl', { class: 'meta' },
      row('Theo', link(`/van-ban/${encodeURIComponent(t.source.documentId)}`, t.source.label || t.source.documentLabel)),
      row('Cơ quan chủ trì', t.leadBody),
      row('Cơ quan phối hợp', t.cooperatingBodies.join('; ')),
      row('Thời hạn', deadline(t.deadline)),
      row('Sản phẩm', t.product),
      row('Loại nhiệm vụ', t.kindName),
      row('Lĩnh vực', t.field),
      t.doneOn ? row('Hoàn thành', `${date(t.doneOn)}${t.doneLate ? ' (muộn)' : ''} — ${t.doneWithLabel || t.doneWith || ''}`) : null,
      t.reportDocument ? row('Báo cáo kết quả', link(`/van-ban/${encodeURIComponent(t.reportDocument)}`, t.reportDocumentLabel || t.reportDocument)) : null,
      t.findingIds.length ? row('Phát hiện', t.findingIds.map(f => [link(`/phat-hien?trang-thai=confirmed#f${f}`, `#${f}`), ' '])) : null,
      t.reason ? row('Lý do', t.reason) : null,
      row('Nguồn', t.proposedByName))),
    t.sourceText ? [h('h2', {}, 'Nguyên văn trong kế hoạch'), quote(t.sourceText)] : null,
    h('h2', {}, 'Lịch sử'),
    h('ol', { class: 'timeline' }, history.map(e => h('li', {},
      h('div', { class: 'when' }, `${when(e.at)} · ${e.actorName || e.actor} · phiên bản ${e.version}`),
      h('strong', {}, e.actionName), e.reason ? ` — ${e.reason}` : '',
      e.changesText ? h('div', { class: 'hint' }, e.changesText) : null))));
}

// The plan's words: an outline item as text, a row of its task table as the row it is.
function quote(text) {
  if (!text.includes(' | ')) return h('blockquote', { class: 'card quote' }, text);
  return h('div', { class: 'table-wrap' }, h('table', { class: 'quote-row' }, h('tbody', {}, h('tr', {}, text.split('|').map(c => h('td', {}, c.trim()))))));
}

async function linkResults(t, reload) {
  const v = await ask('Gắn báo cáo kết quả kiểm tra, khảo sát', [
    { name: 'reportDocument', label: 'Báo cáo kết quả (số hiệu)', value: t.reportDocumentLabel || '', placeholder: 'Ví dụ: 201/BC-SNNMT' },
    { name: 'findingIds', label: 'Phát hiện từ đợt kiểm tra (số, cách nhau bằng dấu phẩy)', value: t.findingIds.join(', ') },
  ], 'Lưu');
  if (!v) return;
  const ids = v.findingIds.split(',').map(s => Number(s.trim().replace('#', ''))).filter(n => Number.isInteger(n) && n > 0);
  await change(t, 'results', { reportDocument: v.reportDocument || null, findingIds: ids }, reload);
}

