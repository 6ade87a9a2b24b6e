// Báo cáo định kỳ: who owes which report to whom, by when, from which provision; for a year, each body's report
// received on time, late, missing or still to come, the missing in red; a report received marked by hand.
import { api, can, query, session } from '../api.js';
import { ask, h, link, toast, fill } from '../dom.js';
import { badge, date, kpi } from '../format.js';
import { deadline } from './tasks.js';

const stateTabs = [['', 'Tất cả'], ['missing', 'Chưa nhận, quá hạn'], ['dueSoon', 'Sắp đến hạn'], ['late', 'Nhận muộn'], ['onTime', 'Đúng hạn'], ['pending', 'Chưa đến hạn']];

export async function render(main, { query: params, navigate }) {
  const year = params.get('nam') || session.today.slice(0, 4);
  const stateFilter = params.get('tinh-trang') || '';
  const [duties, reports] = await Promise.all([
    api('/api/obligations' + query({ year, size: 500 })),
    api('/api/obligations/reports' + query({ year })),
  ]);
  const here = extra => '/bao-cao-dinh-ky' + query({ nam: year, 'tinh-trang': stateFilter, ...extra });
  const count = code => reports.filter(r => r.state === code).length;
  const form = h('form', { class: 'card row', 'aria-label': 'Năm' },
    h('label', { class: 'inline', for: 'duty-year' }, 'Năm '), h('input', { id: 'duty-year', type: 'number', min: 2000, max: 2100, value: year }),
    h('button', { type: 'submit' }, 'Xem'));
  form.addEventListener('submit', e => { e.preventDefault(); navigate(here({ nam: form.querySelector('#duty-year').value })); });
  const tabs = h('nav', { class: 'tabs', 'aria-label': 'Tình trạng báo cáo' }, stateTabs.map(([code, name]) => {
    const a = link(here({ 'tinh-trang': code }), code ? `${name} (${count(code)})` : name);
    if (code === stateFilter) a.setAttribute('aria-current', 'true');
    return a;
  }));
  const byId = new Map(duties.items.map(d => [d.id, d]));
  const reload = () => navigate(location.pathname + location.search, { replace: true });
  const shown = reports.filter(r => !stateFilter || r.state === stateFilter);
  fill(main,
    h('h1', {}, `Báo cáo định kỳ năm ${year}`),
    form,
    h('p', { class: 'muted' }, `Tính đến ngày ${date(session.today)}.`),
    h('div', { class: 'kpis' },
      kpi('Báo cáo phải gửi', reports.length, ''), kpi('Nhận đúng hạn', count('onTime'), ''), kpi('Nhận muộn', count('late'), '', count('late') > 0),
      kpi('Chưa nhận, quá hạn', count('missing'), '', count('missing') > 0), kpi('Sắp đến hạn', count('dueSoon'), `trong 7 ngày`), kpi('Chưa đến hạn', count('pending'), '')),
    h('h2', {}, 'Cơ quan nào đã gửi báo cáo'),
    tabs,
    shown.length ? h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Cơ quan gửi', 'Báo cáo', 'Gửi', 'Kỳ', 'Hạn', 'Tình trạng', 'Đã nhận', can('analyst') ? '' : null].filter(c => c !== null).map(c => h('th', {}, c)))),
      h('tbody', {}, shown.map(r => {
        const duty = byId.get(r.obligationId);
        return h('tr', { class: r.state === 'missing' ? 'overdue' : null },
          h('td', {}, r.body),
          h('td', {}, duty ? duty.reportTitle : '—'),
          h('td', {}, duty ? duty.recipient : '—'),
          h('td', {}, period(r.period)),
          h('td', {}, date(r.due)),
          h('td', {}, badge(stateClass[r.state] || r.state, r.stateName)),
          h('td', {}, r.receipt ? [date(r.receipt.receivedOn), r.receipt.documentLabel ? [' — ', link(`/van-ban/${encodeURIComponent(r.receipt.document)}`, r.receipt.documentLabel)] : '', r.receipt.note ? h('div', { class: 'hint' }, r.receipt.note) : null] : '—'),
          can('analyst') ? h('td', {}, duty && duty.status !== 'rejected' && !r.receipt ? h('button', { type: 'button', class: 'small', onclick: () => receive(duty, r, reload) }, 'Ghi nhận đã nhận') : null) : null);
      })))) : h('p', {}, 'Không có báo cáo nào.'),
    h('h2', {}, `Nghĩa vụ báo cáo (${duties.total})`),
    duties.items.length ? h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Cơ quan phải báo cáo', 'Báo cáo', 'Gửi', 'Thời hạn', 'Theo quy định', 'Tình trạng'].map(c => h('th', {}, c)))),
      h('tbody', {}, duties.items.map(d => h('tr', { id: `o${d.id}` },
        h('td', {}, d.obligor, d.bodies.length > 1 || d.bodies[0] !== d.obligor ? h('div', { class: 'hint' }, d.bodies.join('; ')) : null),
        h('td', {}, d.reportTitle),
        h('td', {}, d.recipient),
        h('td', {}, deadline(d.deadline)),
        h('td', {}, link(`/van-ban/${encodeURIComponent(d.source.documentId)}`, d.source.label || d.source.documentLabel), d.sourceText ? h('div', { class: 'hint quote' }, `“${d.sourceText}”`) : null),
        h('td', {}, badge(d.status === 'active' ? 'confirmed' : d.status === 'rejected' ? 'rejected' : 'closed', d.statusName), d.reason ? h('div', { class: 'hint' }, d.reason) : null)))))) : h('p', {}, 'Chưa có nghĩa vụ báo cáo nào được đọc từ văn bản.'));
}

const stateClass = { missing: 'overdue', late: 'partlyAccepted', onTime: 'confirmed', dueSoon: 'open', pending: 'draft' };

function period(key) {
  const quarter = key.match(/^(\d{4})-Q(\d)$/);
  if (quarter) return `Quý ${['I', 'II', 'III', 'IV'][quarter[2] - 1]}/${quarter[1]}`;
  const half = key.match(/^(\d{4})-H(\d)$/);
  if (half) return `6 tháng ${half[2] === '1' ? 'đầu' : 'cuối'} năm ${half[1]}`;
  const month = key.match(/^(\d{4})-(\d{2})$/);
  if (month) return `Tháng ${Number(month[2])}/${month[1]}`;
  return `Năm ${key}`;
}

async function receive(duty, report, reload) {
  const v = await ask(`Ghi nhận báo cáo của ${report.body}`, [
    { name: 'receivedOn', label: 'Ngày nhận', type: 'date', value: session.today, required: true },
    { name: 'document', label: 'Báo cáo (số hiệu, nếu đã có trong kho)', placeholder: 'Ví dụ: 95/BC-SXD' },
    { name: 'note', label: 'Ghi chú' },
  ], 'Ghi nhận');
  if (!v) return;
  try {
    await api(`/api/obligations/${duty.id}/receipts`, { method: 'POST', ifMatch: duty.version, body: { body: report.body, period: report.period, receivedOn: v.receivedOn, document: v.document || null, note: v.note || null } });
    toast('Đã ghi nhận báo cáo.');
    reload();
  } catch (e) {
    toast(e.status === 412 ? 'Nghĩa vụ báo cáo vừa được người khác cập nhật; đã tải lại.' : e.describe(), 'error');
    if (e.status === 412) reload();
  }
}
