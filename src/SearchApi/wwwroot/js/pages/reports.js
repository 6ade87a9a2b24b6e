// Báo cáo: the figures of a period with charts, the overdue list, and the exports (CSV, Excel, the Word draft
// of "Báo cáo tình hình xử lý kiến nghị").
import { api, query, session } from '../api.js';
import { clear, h, link, svg, fill } from '../dom.js';
import { classNames, date, kpi, percent } from '../format.js';

export async function render(main, { query: params, navigate }) {
  const year = params.get('nam') || session.today.slice(0, 4); // the current year on the Vietnam calendar
  const filters = { year, authority: params.get('co-quan') || '', class: params.get('nhom') || '', field: params.get('linh-vuc') || '' };
  const report = await api('/api/reports/recommendations' + query(filters));
  const form = h('form', { class: 'card row', 'aria-label': 'Kỳ báo cáo' },
    h('label', { class: 'inline', for: 'rp-year' }, 'Năm '), h('input', { id: 'rp-year', type: 'number', min: 2000, max: 2100, value: year }),
    h('label', { class: 'inline', for: 'rp-authority' }, 'Cơ quan '), h('input', { id: 'rp-authority', value: filters.authority, placeholder: 'UBND tỉnh…' }),
    h('label', { class: 'inline', for: 'rp-class' }, 'Nhóm '), h('select', { id: 'rp-class' }, h('option', { value: '' }, 'Tất cả'), Object.entries(classNames).map(([v, n]) => h('option', { value: v, selected: v === filters.class }, n))),
    h('label', { class: 'inline', for: 'rp-field' }, 'Lĩnh vực '), h('input', { id: 'rp-field', value: filters.field }),
    h('button', { type: 'submit' }, 'Xem'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    navigate('/bao-cao' + query({ nam: form.querySelector('#rp-year').value, 'co-quan': form.querySelector('#rp-authority').value.trim(), nhom: form.querySelector('#rp-class').value, 'linh-vuc': form.querySelector('#rp-field').value.trim() }));
  });
  const t = report.totals;
  // Overdue counts every recommendation still unanswered past its deadline, whenever it was sent (one rule, ReportBuilder):
  // how many were sent before the period is said, so 'Quá hạn 2' beside 'Đã gửi 1' reads right.
  const earlier = report.overdueSentBefore;
  const exportQuery = q => '/api/reports/recommendations' + query({ ...filters, ...q });
  fill(main, 
    h('div', { class: 'spread' }, h('h1', {}, `Tình hình xử lý kiến nghị năm ${year}`),
      link('/bao-cao/nam' + query({ nam: year }), h('span', { class: 'button secondary' }, `Báo cáo năm ${year} về theo dõi thi hành pháp luật`))),
    form,
    h('p', { class: 'muted' }, `Số liệu tính đến ngày ${date(report.asOf)}.`),
    h('div', { class: 'kpis' },
      kpi('Phát hiện', t.findingsFound, `đã xác nhận ${t.findingsConfirmed}`), kpi('Kiến nghị đã gửi', t.sent, t.drafted ? `${t.drafted} dự thảo` : ''),
      kpi('Đã trả lời', t.answered, `tiếp thu ${t.accepted}, một phần ${t.partlyAccepted}, không ${t.rejected}`), kpi('Đã thực hiện', t.implemented, ''),
      kpi('Quá hạn', t.overdue, earlier ? `chưa trả lời; ${earlier} gửi trước kỳ` : 'chưa trả lời', t.overdue > 0), kpi('Trả lời đúng hạn', percent(t.onTimeRate), `${t.answeredOnTime}/${t.due} đến hạn`)),
    h('div', { class: 'row' }, h('strong', {}, 'Xuất: '),
      h('a', { class: 'button secondary', href: exportQuery({ format: 'docx' }), download: true }, 'Báo cáo (Word)'),
      h('a', { class: 'button secondary', href: exportQuery({ format: 'xlsx' }), download: true }, 'Bảng số liệu (Excel)'),
      h('a', { class: 'button secondary', href: exportQuery({ format: 'csv', table: 'summary' }), download: true }, 'Tổng hợp (CSV)'),
      h('a', { class: 'button secondary', href: exportQuery({ format: 'csv', table: 'recommendations' }), download: true }, 'Danh sách kiến nghị (CSV)')),
    h('h2', {}, 'Theo cơ quan có thẩm quyền'),
    chart(report.byAuthority.filter(r => r.figures.hasRecommendations), [['sent', 'Đã gửi'], ['answered', 'Đã trả lời'], ['overdue', 'Quá hạn']]),
    h('h2', {}, 'Phát hiện theo nhóm vấn đề'),
    chart(report.byClass.filter(r => r.figures.findingsFound > 0), [['findingsFound', 'Phát hiện', 'found']]),
    h('h2', {}, `Kiến nghị quá hạn chưa được trả lời (${report.overdue.length})`),
    report.overdue.length ? h('table', {},
      h('thead', {}, h('tr', {}, ['#', 'Công văn', 'Cơ quan', 'Nội dung', 'Hạn trả lời', 'Số ngày quá hạn'].map(c => h('th', {}, c)))),
      h('tbody', {}, report.overdue.map(o => h('tr', { class: 'overdue' }, h('td', {}, link(`/kien-nghi/${o.id}`, `#${o.id}`)), h('td', {}, `${o.dispatchNumber || ''} ${date(o.sentOn)}`),
        h('td', {}, o.competentBody), h('td', {}, o.content), h('td', {}, date(o.deadline)), h('td', {}, String(o.daysOverdue))))))
      : h('p', {}, 'Không có kiến nghị quá hạn.'));
}

/** A horizontal bar chart as SVG: a group of bars per row, one per series; the numbers are written too. */
function chart(rows, series) {
  if (rows.length === 0) return h('p', { class: 'muted' }, 'Không có số liệu.');
  const barHeight = 14; const gap = 10; const labelWidth = 260; const width = 820;
  const max = Math.max(1, ...rows.flatMap(r => series.map(([key]) => r.figures[key])));
  const groupHeight = series.length * barHeight + gap;
  const chartSvg = svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${rows.length * groupHeight + 10}`, role: 'img', 'aria-label': series.map(s => s[1]).join(', ') });
  rows.forEach((row, i) => {
    const y = i * groupHeight + 5;
    chartSvg.append(svg('text', { x: 0, y: y + barHeight }, row.group.length > 42 ? row.group.slice(0, 42) + '…' : row.group));
    series.forEach(([key, , cls], k) => {
      const value = row.figures[key];
      const w = Math.max(1, (value / max) * (width - labelWidth - 40));
      chartSvg.append(svg('rect', { x: labelWidth, y: y + k * barHeight, width: w, height: barHeight - 3, class: `bar-${cls || key}` }, svg('title', {}, `${row.group}: ${value}`)));
      chartSvg.append(svg('text', { x: labelWidth + w + 4, y: y + k * barHeight + barHeight - 4 }, String(value)));
    });
  });
  return h('div', { class: 'card' }, h('div', { class: 'legend hint' }, series.map(([key, label, cls]) => [h('span', { class: cls || key }), label])), chartSvg);
}
