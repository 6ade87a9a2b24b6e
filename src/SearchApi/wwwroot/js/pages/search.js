// Tìm kiếm: one box that understands the query language (typed with or without diacritics, or a document
// number), facets with counts that narrow the query, highlighted snippets, pages, and saving the search.
import { api, can, query, session } from '../api.js';
import { clear, h, link, toast, trusted, fill } from '../dom.js';
import { badge, date, kpi } from '../format.js';
import { documentTable } from './documents.js';

const PAGE = 10;
const facetFilters = { types: ['Loại văn bản', v => `loai:"${v.label}"`], issuers: ['Cơ quan ban hành', v => `co-quan:"${v.label}"`], years: ['Năm', v => `nam:${v.value}`], statuses: ['Hiệu lực', v => `hieu-luc:${v.value}`] };

export async function render(main, { query: params, navigate }) {
  const q = params.get('q') || '';
  const page = Math.max(1, parseInt(params.get('trang') || '1', 10) || 1);
  const box = h('input', { id: 'q', name: 'q', type: 'search', value: q, 'aria-label': 'Câu tìm kiếm', placeholder: 'Ví dụ: thoi han gui bao cao · "xử lý vi phạm" · 59/2012/NĐ-CP · loai:"Kế hoạch" nam:2024', autocomplete: 'off' });
  const form = h('form', { class: 'searchbox', role: 'search' }, box, h('button', { type: 'submit' }, 'Tìm'));
  form.addEventListener('submit', event => { event.preventDefault(); navigate('/' + query({ q: box.value.trim() })); });
  const help = h('details', { class: 'hint' }, h('summary', {}, 'Cách viết câu tìm kiếm'),
    h('ul', {},
      h('li', {}, 'Gõ có dấu hoặc không dấu: ', h('code', {}, 'thoi han bao cao'), ' tìm cả “thời hạn báo cáo”.'),
      h('li', {}, 'Cụm từ chính xác trong ngoặc kép: ', h('code', {}, '"xử lý vi phạm hành chính"'), '; loại trừ: ', h('code', {}, '-"hành chính"'), '; hoặc: ', h('code', {}, 'ma túy OR hôn nhân'), '.'),
      h('li', {}, 'Số hiệu văn bản ở mọi dạng: ', h('code', {}, '59/2012/NĐ-CP'), ', ', h('code', {}, 'nd 59/2012'), ', ', h('code', {}, 'QĐ 12/2019'), '.'),
      h('li', {}, 'Bộ lọc: ', h('code', {}, 'loai:'), ' ', h('code', {}, 'co-quan:'), ' ', h('code', {}, 'nam:2018..2022'), ' ', h('code', {}, 'hieu-luc:con-hieu-luc'), ' ', h('code', {}, 'nguon:'), '.')));
  const results = h('section', { 'aria-live': 'polite', 'aria-label': 'Kết quả tìm kiếm' });
  fill(main, h('h1', {}, 'Tìm kiếm văn bản, quy định'), form, help, results);
  if (!session.signedIn) results.before(h('p', { class: 'hint' }, 'Bạn đang tra cứu công khai. ', link('/dang-nhap', 'Đăng nhập'), ' để theo dõi, lập phát hiện và kiến nghị.'));
  if (!q) {
    results.append(h('p', { class: 'muted' }, 'Nhập câu tìm kiếm. Phím tắt: ', h('kbd', {}, '/'), ' để đặt con trỏ vào ô tìm kiếm.'));
    box.focus();
    if (can('viewer')) await worklist(results);
    return;
  }

  const answer = await api('/api/search' + query({ q, page, pageSize: PAGE }));
  renderResults(results, answer, q, page, navigate);
}

// What calls for action today, each figure counted by the register's own rule (what is overdue, what is missing)
// and linked to the list behind it; red where something is late.
async function worklist(results) {
  const year = session.today.slice(0, 4);
  let figures;
  try {
    figures = await Promise.all([
      api('/api/findings' + query({ status: 'open', size: 1 })),
      api('/api/recommendations' + query({ overdue: 'true', size: 1 })),
      api('/api/tasks' + query({ status: 'proposed', size: 1 })),
      api('/api/tasks' + query({ overdue: 'true', size: 1 })),
      api('/api/obligations/reports' + query({ year })),
      api('/api/alerts/notifications' + query({ unread: 'true', limit: 1 })),
      api('/api/documents' + query({ size: 5 })),
    ]);
  } catch {
    return; // the search box works without the figures
  }

  if (!results.isConnected) return; // the officer has gone to another page meanwhile
  const [findings, lateRecommendations, proposed, lateTasks, reports, notes, recent] = figures;
  const reportCount = state => reports.filter(r => r.state === state).length;
  const missing = reportCount('missing');
  results.after(h('section', { class: 'worklist', 'aria-label': 'Việc cần xử lý' },
    h('h2', {}, 'Việc cần xử lý'),
    h('p', { class: 'muted' }, `Tính đến ngày ${date(session.today)}.`),
    h('div', { class: 'kpis' },
      kpi('Phát hiện chờ xem xét', findings.total, '', false, '/phat-hien'),
      kpi('Kiến nghị quá hạn', lateRecommendations.total, 'trả lời hoặc thực hiện', lateRecommendations.total > 0, '/kien-nghi?trang-thai=qua-han'),
      kpi('Nhiệm vụ chờ xác nhận', proposed.total, 'đề xuất từ kế hoạch', false, '/ke-hoach?trang-thai=proposed'),
      kpi('Nhiệm vụ quá hạn', lateTasks.total, '', lateTasks.total > 0, '/ke-hoach?trang-thai=qua-han'),
      kpi('Báo cáo chưa nhận, quá hạn', missing, `năm ${year}`, missing > 0, '/bao-cao-dinh-ky' + query({ nam: year, 'tinh-trang': 'missing' })),
      kpi('Báo cáo sắp đến hạn', reportCount('dueSoon'), 'trong 7 ngày', false, '/bao-cao-dinh-ky' + query({ nam: year, 'tinh-trang': 'dueSoon' })),
      kpi('Thông báo chưa đọc', notes.unread, '', false, '/theo-doi')),
    recent.items.length ? [
      h('div', { class: 'spread' }, h('h2', {}, 'Văn bản mới cập nhật'), link('/van-ban', `Xem cả ${recent.total.toLocaleString('vi-VN')} văn bản trong kho ›`)),
      documentTable(recent.items)] : null));
}

function renderResults(results, answer, q, page, navigate) {
  // What the index holds of each number typed: the document itself, or that it is not held and who cites it.
  const jump = answer.numbers.length ? answer.numbers.map(n => h('div', { class: 'card jump' },
    n.held.length === 1
      ? [h('strong', {}, `Văn bản có số hiệu ${n.number || n.typed}: `), link(`/van-ban/${encodeURIComponent(n.held[0].documentId)}`, n.held[0].label), ' ',
        h('button', { type: 'button', onclick: () => navigate(`/van-ban/${encodeURIComponent(n.held[0].documentId)}`) }, 'Mở văn bản')]
      : n.held.length > 1
        ? [h('strong', {}, n.message + ': '), n.held.map((d, i) => [i ? '; ' : '', link(`/van-ban/${encodeURIComponent(d.documentId)}`, d.label)])]
        : [h('strong', {}, n.message), n.citingDocuments ? '. Các quy định viện dẫn văn bản này được liệt kê dưới đây.' : '.'])) : null;

  const facets = h('aside', { class: 'facet', 'aria-label': 'Lọc kết quả' });
  for (const [key, [title, filter]] of Object.entries(facetFilters)) {
    const values = answer.facets[key] || [];
    if (values.length === 0) continue;
    facets.append(h('h3', {}, title), h('ul', {}, values.slice(0, 8).map(v => h('li', {},
      h('button', { type: 'button', onclick: () => navigate('/' + query({ q: `${q} ${filter(v)}` })) }, v.label),
      h('span', { class: 'muted' }, String(v.count))))));
  }

  const header = h('div', { class: 'spread' },
    h('p', {}, `${answer.totalHits.toLocaleString('vi-VN')} quy định`, answer.totalDocuments ? ` trong ${answer.totalDocuments} văn bản` : ''),
    can('viewer') ? h('button', { type: 'button', class: 'secondary', onclick: () => save(q) }, 'Lưu tìm kiếm và nhận thông báo') : null);
  // The engine says when it relaxed and what it recognised (one wording for the CLI and the page); a document a
  // number card above already names is not said again.
  const named = new Set(answer.numbers.filter(n => n.held.length === 1).map(n => `Đã nhận ra: ${n.held[0].label}.`));
  const notices = answer.notices.filter(n => !named.has(n)).map(n => h('p', { class: 'hint' }, n));
  const hits = answer.hits.map(hit => h('article', { class: 'card hit' },
    h('div', { class: 'spread' },
      h('h3', {}, link(`/van-ban/${encodeURIComponent(hit.documentId)}${where(hit)}`, hit.headingLabel)),
      hit.statusName ? badge(hit.status, hit.statusName) : hit.periodName ? badge('thoi-ky', hit.periodName) : null),
    h('div', { class: 'meta' }, [hit.documentLabel, hit.issuer, hit.issueDate ? `ngày ${date(hit.issueDate)}` : null].filter(Boolean).join(' · '), hit.title ? h('div', {}, hit.title) : null),
    h('p', { class: 'snippet' }, trusted(hit.snippetHtml))));
  const pages = Math.ceil(answer.totalHits / PAGE);
  // Where on the document's page a hit opens: its provision, or the appendix it is in ("Phụ lục I").
  function where(hit) {
    if (hit.matchPath || hit.path) return '?quy-dinh=' + encodeURIComponent(hit.matchPath || hit.path);
    return hit.kind === 'Appendix' ? '?phu-luc=' + encodeURIComponent(hit.headingLabel.split(' — ')[0]) : '';
  }
  const pager = pages > 1 ? h('nav', { class: 'pager', 'aria-label': 'Trang kết quả' },
    page > 1 ? link('/' + query({ q, trang: page - 1 }), '‹ Trang trước') : null,
    h('span', {}, `Trang ${page}/${pages}`),
    page < pages ? link('/' + query({ q, trang: page + 1 }), 'Trang sau ›') : null) : null;
  results.append(...(jump || []), h('div', { class: 'grid' }, facets, h('div', {}, header, notices, hits.length ? hits : h('p', {}, 'Không tìm thấy quy định nào.'), pager)));
}

async function save(q) {
  try {
    await api('/api/alerts/saved-searches', { method: 'POST', body: { query: q } });
    toast('Đã lưu tìm kiếm: văn bản mới khớp sẽ được thông báo ở mục Theo dõi.');
  } catch (e) {
    toast(e.describe(), 'error');
  }
}
