// Kiến nghị: the tracker by status and competent body, deadlines with the overdue in red; one
// recommendation with its path (draft → sent → answered → implemented, or closed) and its full history.
import { api, can, query, session } from '../api.js';
import { ask, clear, h, link, toast, fill } from '../dom.js';
import { actionNames, badge, classNames, date, recommendationStatusNames, verdictNames, when } from '../format.js';

export async function render(main, context) {
  const id = context.params[0];
  if (id === 'moi') return draft(main, context);
  if (id) return detail(main, Number(id), context);
  return list(main, context);
}

async function list(main, { query: params, navigate }) {
  const status = params.get('trang-thai') || '';
  const authority = params.get('co-quan') || '';
  const overdue = status === 'qua-han';
  const answer = await api('/api/recommendations' + query({ status: overdue ? '' : status, overdue: overdue ? 'true' : '', authority, size: 500 }));
  const tabs = h('nav', { class: 'tabs', 'aria-label': 'Trạng thái' }, [['', 'Tất cả'], ...Object.entries(recommendationStatusNames), ['qua-han', 'Quá hạn']].map(([code, name]) => {
    const a = link('/kien-nghi' + query({ 'trang-thai': code, 'co-quan': authority }), name);
    if (code === status) a.setAttribute('aria-current', 'true');
    return a;
  }));
  const box = h('input', { id: 'authority', type: 'search', value: authority, placeholder: 'Cơ quan có thẩm quyền…', 'aria-label': 'Lọc theo cơ quan có thẩm quyền' });
  const filter = h('form', { class: 'row' }, box, h('button', { type: 'submit', class: 'secondary' }, 'Lọc'));
  filter.addEventListener('submit', e => { e.preventDefault(); navigate('/kien-nghi' + query({ 'trang-thai': status, 'co-quan': box.value.trim() })); });
  const table = h('table', {},
    h('thead', {}, h('tr', {}, ['#', 'Trạng thái', 'Hình thức', 'Cơ quan có thẩm quyền', 'Nội dung', 'Công văn gửi', 'Hạn trả lời'].map(c => h('th', {}, c)))),
    h('tbody', {}, answer.items.map(r => h('tr', { class: r.overdue ? 'overdue' : null },
      h('td', {}, link(`/kien-nghi/${r.id}`, `#${r.id}`)),
      h('td', {}, badge(r.status, recommendationStatusNames[r.status]), r.overdue ? [' ', badge('overdue', `Quá hạn ${r.daysOverdue} ngày`)] : null),
      h('td', {}, actionNames[r.action] || r.actionName), h('td', {}, r.competentBody), h('td', {}, r.content.length > 120 ? r.content.slice(0, 120) + '…' : r.content),
      h('td', {}, r.dispatchNumber ? `${r.dispatchNumber}, ${date(r.sentOn)}` : '—'), h('td', {}, date(r.deadline))))));
  fill(main, h('div', { class: 'spread' }, h('h1', {}, 'Kiến nghị'), can('analyst') ? link('/kien-nghi/moi', h('span', { class: 'button' }, 'Lập kiến nghị')) : null),
    tabs, filter, h('p', { class: 'muted' }, `${answer.total} kiến nghị`), answer.items.length ? table : h('p', {}, 'Không có kiến nghị nào.'));
}

async function draft(main, { query: params, navigate }) {
  if (!can('analyst')) { fill(main, h('p', {}, 'Chỉ chuyên viên mới lập được kiến nghị.')); return; }
  const findingId = params.get('phat-hien');
  const finding = findingId ? await api(`/api/findings/${findingId}`) : null;
  const target = finding?.provisions[0];
  const fields = {
    action: h('select', { id: 'r-action', required: true }, Object.entries(actionNames).map(([v, n]) => h('option', { value: v, selected: v === (finding?.class === 'lapsedBasis' ? 'replace' : 'amend') }, n))),
    competentBody: h('input', { id: 'r-body', required: true, value: 'Ủy ban nhân dân tỉnh Hòa Phong' }),
    target: h('input', { id: 'r-target', value: target ? target.documentLabel || target.documentId : '', placeholder: 'Số hoặc mã văn bản, ví dụ 17/2022/QĐ-UBND' }),
    path: h('input', { id: 'r-path', value: target?.pathLabel || '', placeholder: 'Ví dụ: khoản 1 Điều 7' }),
    field: h('input', { id: 'r-field', value: finding?.field || '' }),
    content: h('textarea', { id: 'r-content', required: true }),
  };
  fields.content.value = finding ? finding.suggestedContent : '';
  const error = h('div', { class: 'error-box', role: 'alert', hidden: true });
  const form = h('form', { class: 'card' },
    finding ? h('p', {}, 'Căn cứ phát hiện ', link(`/phat-hien?trang-thai=${finding.status}#f${finding.id}`, `#${finding.id}`), ` (${classNames[finding.class]}): ${finding.description}`) : null,
    error,
    h('div', { class: 'form-grid' },
      h('div', {}, h('label', { for: 'r-action' }, 'Hình thức kiến nghị'), fields.action),
      h('div', {}, h('label', { for: 'r-body' }, 'Cơ quan có thẩm quyền'), fields.competentBody),
      h('div', {}, h('label', { for: 'r-target' }, 'Văn bản kiến nghị xử lý'), fields.target),
      h('div', {}, h('label', { for: 'r-path' }, 'Quy định'), fields.path),
      h('div', {}, h('label', { for: 'r-field' }, 'Lĩnh vực'), fields.field)),
    h('label', { for: 'r-content' }, 'Nội dung kiến nghị'), fields.content,
    h('div', { class: 'row' }, h('button', { type: 'submit' }, 'Lưu dự thảo'), link('/kien-nghi', 'Hủy')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    error.hidden = true;
    try {
      const r = await api('/api/recommendations', { method: 'POST', body: {
        action: fields.action.value, competentBody: fields.competentBody.value.trim(), content: fields.content.value.trim(), field: fields.field.value.trim() || null,
        findingIds: finding ? [finding.id] : [], targets: fields.target.value.trim() ? [{ document: chosen(fields.target.value, target), path: fields.path.value.trim() }] : [],
      } });
      toast(`Đã lập dự thảo kiến nghị #${r.id}.`);
      navigate(`/kien-nghi/${r.id}`);
    } catch (err) {
      error.textContent = err.describe();
      error.hidden = false;
    }
  });
  fill(main, h('h1', {}, 'Lập kiến nghị'), form);
  fields.content.focus();
}

async function detail(main, id, { navigate }) {
  const [r, history] = await Promise.all([api(`/api/recommendations/${id}`), api(`/api/recommendations/${id}/history`)]);
  const reload = () => navigate(`/kien-nghi/${id}`, { replace: true });
  const act = (path, body) => change(r, path, body, reload);
  const actions = h('div', { class: 'row' });
  if (can('analyst')) {
    if (r.status === 'draft') actions.append(h('button', { type: 'button', onclick: () => send(act) }, 'Đánh dấu đã gửi'));
    if (r.status === 'sent') actions.append(h('button', { type: 'button', onclick: () => answer(act) }, 'Ghi nhận trả lời'));
    if (r.status === 'answered' && r.verdict !== 'rejected') actions.append(h('button', { type: 'button', onclick: () => implement(act, r) }, 'Ghi nhận đã thực hiện'));
    if (['draft', 'sent', 'answered'].includes(r.status)) {
      actions.append(h('button', { type: 'button', class: 'secondary', onclick: () => edit(r, reload) }, 'Sửa nội dung'));
      actions.append(h('button', { type: 'button', class: 'secondary', onclick: () => close(act) }, 'Đóng kiến nghị'));
    }
  }

  fill(main, 
    h('p', {}, link('/kien-nghi', '‹ Danh sách kiến nghị')),
    h('div', { class: 'spread' }, h('h1', {}, `Kiến nghị #${r.id}: ${actionNames[r.action]}`),
      h('div', { class: 'row' }, badge(r.status, recommendationStatusNames[r.status]), r.overdue ? badge('overdue', `Quá hạn ${r.daysOverdue} ngày`) : null)),
    r.proposedOutcome && r.status !== 'implemented' ? h('div', { class: 'card jump' }, h('strong', {}, 'Có thể đã được thực hiện: '),
      link(`/van-ban/${encodeURIComponent(r.proposedOutcome.documentId)}`, r.proposedOutcome.documentLabel || r.proposedOutcome.documentId), ` ${r.proposedOutcome.relationName || r.proposedOutcome.relation} “${r.proposedOutcome.text}”.`) : null,
    actions,
    h('div', { class: 'card' }, h('dl', { class: 'meta' },
      row('Cơ quan có thẩm quyền', r.competentBody),
      row('Văn bản, quy định', r.targets.length ? r.targets.map(t => h('div', {}, link(`/van-ban/${encodeURIComponent(t.documentId)}${t.path ? '?quy-dinh=' + encodeURIComponent(t.path) : ''}`, t.label || t.documentId))) : '—'),
      row('Nội dung', r.content),
      row('Phát hiện', r.findingIds.length ? r.findingIds.map(f => [link(`/phat-hien?trang-thai=confirmed#f${f}`, `#${f}`), ' ']) : '—'),
      row('Lĩnh vực', r.field),
      row('Công văn gửi', r.dispatchNumber ? `${r.dispatchNumber} ngày ${date(r.sentOn)}` : '—'),
      row('Hạn trả lời', date(r.deadline)),
      row('Trả lời', r.answeredOn ? `${r.answerReference || ''} ngày ${date(r.answeredOn)}: ${verdictNames[r.verdict] || ''}${r.answeredOnTime === false ? ' (trễ hạn)' : ''}${r.answerSummary ? ' — ' + r.answerSummary : ''}` : '—'),
      row('Văn bản thực hiện', r.outcomeDocumentId ? [link(`/van-ban/${encodeURIComponent(r.outcomeDocumentId)}`, r.outcomeDocumentLabel || r.outcomeDocumentId), r.implementedOn ? ` (${date(r.implementedOn)})` : ''] : '—'),
      r.closeReason ? row('Lý do đóng', r.closeReason) : null)),
    h('h2', {}, 'Lịch sử'),
    h('ol', { class: 'timeline' }, history.map(e => h('li', {},
      h('div', { class: 'when' }, `${when(e.at)} · ${e.actorName || e.actor} · phiên bản ${e.version}`),
      h('strong', {}, e.actionName), e.reason ? ` — ${e.reason}` : '',
      e.changesText ? h('div', { class: 'hint' }, e.changesText) : null))));
}

// The document a form names: the one it was filled with while its name ("Quyết định số 17/2022/QĐ-UBND") is left as
// shown, by its id (a number alone can name documents of several provinces); else what the officer typed.
function chosen(typed, prefilled) {
  const value = typed.trim();
  return prefilled && value === prefilled.documentLabel ? prefilled.documentId : value;
}

function row(name, value) { return [h('dt', {}, name), h('dd', {}, value || '—')]; }


async function change(r, path, body, reload, method = 'POST') {
  try {
    await api(`/api/recommendations/${r.id}${path ? '/' + path : ''}`, { method, body, ifMatch: r.version });
    toast('Đã cập nhật kiến nghị.');
    reload();
  } catch (e) {
    toast(e.status === 412 ? 'Kiến nghị vừa được người khác sửa; đã tải lại.' : e.describe(), 'error');
    if (e.status === 412) reload();
  }
}

// Today on the Vietnam calendar, as the service's clock says (never the browser's UTC date).
const today = () => session.today;

// What the recommendation says, changed with the reason kept in its history (the same version check as every step).
async function edit(r, reload) {
  const v = await ask('Sửa nội dung kiến nghị', [
    { name: 'action', label: 'Hình thức kiến nghị', type: 'select', options: Object.entries(actionNames), value: r.action, required: true },
    { name: 'competentBody', label: 'Cơ quan có thẩm quyền', value: r.competentBody, required: true },
    { name: 'content', label: 'Nội dung', type: 'textarea', value: r.content, required: true },
    { name: 'field', label: 'Lĩnh vực', value: r.field || '' },
    { name: 'reason', label: 'Lý do sửa', hint: 'Ghi vào lịch sử của kiến nghị.' },
  ], 'Lưu');
  if (v) await change(r, '', v, reload, 'PATCH');
}

async function send(act) {
  const v = await ask('Đánh dấu đã gửi kiến nghị', [
    { name: 'dispatchNumber', label: 'Số công văn gửi', required: true, placeholder: 'Ví dụ: 245/STP-XDKTVB' },
    { name: 'sentOn', label: 'Ngày gửi', type: 'date', value: today(), required: true },
    { name: 'deadline', label: 'Hạn trả lời', type: 'date', hint: 'Để trống: 30 ngày kể từ ngày gửi (theo cấu hình).' },
  ], 'Đã gửi');
  if (v) await act('send', { dispatchNumber: v.dispatchNumber, sentOn: v.sentOn, deadline: v.deadline || null });
}

async function answer(act) {
  const v = await ask('Ghi nhận trả lời của cơ quan có thẩm quyền', [
    { name: 'answeredOn', label: 'Ngày trả lời', type: 'date', value: today(), required: true },
    { name: 'verdict', label: 'Kết quả', type: 'select', options: Object.entries(verdictNames), required: true },
    { name: 'reference', label: 'Văn bản trả lời', placeholder: 'Ví dụ: 1520/UBND-NC' },
    { name: 'summary', label: 'Tóm tắt', type: 'textarea' },
  ], 'Ghi nhận');
  if (v) await act('answer', { answeredOn: v.answeredOn, verdict: v.verdict, reference: v.reference || null, summary: v.summary || null });
}

async function implement(act, r) {
  const v = await ask('Ghi nhận văn bản đã ban hành để thực hiện kiến nghị', [
    { name: 'outcomeDocument', label: 'Văn bản (số hoặc mã)', value: r.proposedOutcome ? r.proposedOutcome.documentLabel || r.proposedOutcome.documentId : '', required: true },
    { name: 'implementedOn', label: 'Ngày ban hành', type: 'date' },
  ], 'Ghi nhận');
  if (v) await act('implement', { outcomeDocument: chosen(v.outcomeDocument, r.proposedOutcome), implementedOn: v.implementedOn || null });
}

async function close(act) {
  const v = await ask('Đóng kiến nghị', [{ name: 'reason', label: 'Lý do', type: 'textarea', required: true }], 'Đóng');
  if (v) await act('close', { reason: v.reason });
}
