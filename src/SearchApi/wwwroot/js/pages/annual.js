// Báo cáo năm: the figures of "Báo cáo công tác theo dõi tình hình thi hành pháp luật năm X" as the registers give
// them (plans and tasks by body, inspections and surveys, findings, recommendations, reports by body), the sections
// of the draft with those an officer writes marked, and the Word draft and Excel figures to download.
import { api, query, session } from '../api.js';
import { h, link, fill } from '../dom.js';
import { classNames, date, kpi } from '../format.js';

export async function render(main, { query: params, navigate }) {
  const year = params.get('nam') || session.today.slice(0, 4);
  const r = await api('/api/reports/annual' + query({ year }));
  const form = h('form', { class: 'card row', 'aria-label': 'Năm báo cáo' },
    h('label', { class: 'inline', for: 'an-year' }, 'Năm '), h('input', { id: 'an-year', type: 'number', min: 2000, max: 2100, value: year }),
    h('button', { type: 'submit' }, 'Xem'));
  form.addEventListener('submit', e => { e.preventDefault(); navigate('/bao-cao/nam' + query({ nam: form.querySelector('#an-year').value })); });
  const file = format => '/api/reports/annual' + query({ year, format });
  const t = r.taskTotals;
  const rec = r.recommendations.totals;
  const d = r.reportTotals;
  const sections = new Map(r.sections.map(s => [s.key, s]));
  const heading = key => sections.get(key)?.heading;
  fill(main,
    h('p', {}, link('/bao-cao', '‹ Tình hình xử lý kiến nghị')),
    h('h1', {}, `Báo cáo công tác theo dõi tình hình thi hành pháp luật năm ${r.year}`),
    form,
    h('p', { class: 'muted' }, `Số liệu tính đến ngày ${date(r.asOf)}.`),
    h('div', { class: 'row' }, h('strong', {}, 'Xuất: '),
      h('a', { class: 'button', href: file('docx'), download: true }, 'Dự thảo báo cáo (Word)'),
      h('a', { class: 'button secondary', href: file('xlsx'), download: true }, 'Bảng số liệu (Excel)')),
    h('div', { class: 'kpis' },
      kpi('Nhiệm vụ', t.total, `${r.plans.length} kế hoạch`), kpi('Đã hoàn thành', t.done, `đúng hạn ${t.doneOnTime}, muộn ${t.doneLate}`),
      kpi('Đang thực hiện', t.open, ''), kpi('Quá hạn', t.overdue, 'chưa hoàn thành', t.overdue > 0),
      kpi('Phát hiện', rec.findingsFound, `đã xác nhận ${rec.findingsConfirmed}`), kpi('Kiến nghị đã gửi', rec.sent, `đã thực hiện ${rec.implemented}`),
      kpi('Báo cáo phải nhận', d.owed, `đúng hạn ${d.onTime}, muộn ${d.late}`), kpi('Báo cáo chưa nhận', d.missing, 'đã quá hạn', d.missing > 0)),
    h('h2', {}, heading('plans') || 'Kết quả thực hiện kế hoạch'),
    figures('Kế hoạch', r.plans),
    h('h3', {}, 'Theo cơ quan chủ trì'),
    figures('Cơ quan chủ trì', r.tasksByBody),
    h('h2', {}, heading('inspections') || 'Kiểm tra, khảo sát'),
    r.inspections.length ? h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Hình thức', 'Nội dung', 'Cơ quan chủ trì', 'Tình trạng', 'Báo cáo kết quả', 'Phát hiện'].map(c => h('th', {}, c)))),
      h('tbody', {}, r.inspections.map(i => h('tr', {}, h('td', {}, i.kind), h('td', {}, i.content), h('td', {}, i.leadBody || '—'), h('td', {}, i.status), h('td', {}, i.report || '—'), h('td', {}, String(i.findings)))))))
      : h('p', {}, 'Không có đợt kiểm tra, khảo sát nào trong năm.'),
    h('h2', {}, heading('findings') || 'Phát hiện'),
    rows('Nhóm vấn đề', r.recommendations.byClass.filter(x => x.figures.findingsFound > 0).map(x => [classNames[x.group] || x.group, x.figures.findingsFound, x.figures.findingsConfirmed]), ['Phát hiện', 'Đã xác nhận']),
    h('h3', {}, 'Theo lĩnh vực'),
    rows('Lĩnh vực', r.recommendations.byField.filter(x => x.figures.findingsFound > 0).map(x => [x.group, x.figures.findingsFound, x.figures.findingsConfirmed]), ['Phát hiện', 'Đã xác nhận']),
    h('h2', {}, heading('recommendations') || 'Kiến nghị'),
    h('p', {}, `Đã gửi ${rec.sent} kiến nghị; đã được trả lời ${rec.answered} (tiếp thu ${rec.accepted}, tiếp thu một phần ${rec.partlyAccepted}, không tiếp thu ${rec.rejected}); `
      + `đã thực hiện ${rec.implemented}; quá hạn chưa được trả lời ${r.recommendations.overdueInWords}.`),
    rows('Cơ quan có thẩm quyền', r.recommendations.byAuthority.filter(x => x.figures.hasRecommendations).map(x => [x.group, x.figures.sent, x.figures.answered, x.figures.accepted, x.figures.implemented, x.figures.overdue]),
      ['Đã gửi', 'Đã trả lời', 'Tiếp thu', 'Đã thực hiện', 'Quá hạn'], row => row[5] > 0),
    h('h2', {}, heading('reports') || 'Chế độ báo cáo'),
    rows('Cơ quan gửi', r.reportsByBody.map(x => [x.body, x.figures.owed, x.figures.onTime, x.figures.late, x.figures.missing, x.figures.pending]),
      ['Phải gửi', 'Đúng hạn', 'Muộn', 'Chưa nhận, quá hạn', 'Chưa đến hạn'], row => row[4] > 0),
    h('p', {}, link('/bao-cao-dinh-ky' + query({ nam: year }), 'Xem từng báo cáo định kỳ')),
    h('h2', {}, 'Các phần của dự thảo'),
    h('ol', { class: 'sections' }, r.sections.map(s => h('li', {}, h('strong', {}, s.heading),
      s.placeholder ? h('div', { class: 'hint' }, 'Cán bộ theo dõi viết: ', s.prompt || '') : h('div', { class: 'hint' }, 'Điền từ số liệu của hệ thống.')))));
}

function figures(name, list) {
  return rows(name, list.map(x => [x.group, x.figures.total, x.figures.doneOnTime, x.figures.doneLate, x.figures.open, x.figures.overdue, x.figures.cancelled]),
    ['Số nhiệm vụ', 'Hoàn thành đúng hạn', 'Hoàn thành muộn', 'Đang thực hiện', 'Quá hạn', 'Hủy'], row => row[5] > 0);
}

function rows(name, list, columns, bad = () => false) {
  if (list.length === 0) return h('p', { class: 'muted' }, 'Không có số liệu.');
  return h('div', { class: 'table-wrap' }, h('table', { class: 'figures' },
    h('thead', {}, h('tr', {}, [name, ...columns].map(c => h('th', {}, c)))),
    h('tbody', {}, list.map(row => h('tr', { class: bad(row) ? 'overdue' : null }, row.map((v, i) => h('td', { class: i ? 'num' : null }, String(v))))))));
}
