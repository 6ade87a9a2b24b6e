// Văn bản: status badge, metadata, the provision tree with finding flags, the text of the chosen
// provision, cites / cited-by, versions with their diff and original files; watch it, record a finding.
import { api, can } from '../api.js';
import { ask, clear, h, link, toast, fill } from '../dom.js';
import { badge, classNames, date, when } from '../format.js';

export async function render(main, { params, query }) {
  const id = decodeURIComponent(params[0]);
  const [doc, text, findings, tasks] = await Promise.all([
    api(`/api/documents/${encodeURIComponent(id)}`),
    api(`/api/documents/${encodeURIComponent(id)}/text`),
    can('viewer') ? api(`/api/findings?document=${encodeURIComponent(id)}&size=500`).then(r => r.items) : Promise.resolve([]),
    // A plan, programme or scheme: how many tasks were read from it, to open them from here.
    can('viewer') ? api(`/api/tasks?plan=${encodeURIComponent(id)}&size=1`).then(r => r.total, () => 0) : Promise.resolve(0),
  ]);

  const flags = new Map();
  for (const f of findings.filter(f => f.status !== 'dismissed')) {
    for (const p of f.provisions.filter(p => p.documentId === id)) {
      const key = p.path || '';
      const here = flags.get(key) || [];
      if (!here.includes(f)) flags.set(key, [...here, f]); // one flag per finding, however many of its spans fall here
    }
  }

  const title = doc.label;
  const textPane = h('div', { class: 'card', id: 'provision' });
  const nodes = [];
  // The appendices after the signature (a plan's task table) close the tree; they are read, not watched or cited by path.
  const appendices = (doc.appendices || []).map((a, i) => ({
    level: 'Appendix', label: a.label, path: `phu-luc-${i + 1}`, pathLabel: a.label, headingLabel: a.heading,
    heading: a.heading.startsWith(a.label + ' — ') ? a.heading.slice(a.label.length + 3) : null,
    start: a.start, end: a.end, children: [], appendix: true,
  }));
  // The quy chế a decision issues ("Quy chế: Điều 1") opens with its name, so its Điều 1 is not read as the decision's.
  const issued = node => node.path.includes(': ') ? node.path.slice(0, node.path.indexOf(': ')) : null;
  const tree = h('ul', { class: 'tree', 'aria-label': 'Cấu trúc văn bản' }, [...doc.provisions, ...appendices].flatMap((n, i, all) =>
    issued(n) && (i === 0 || issued(all[i - 1]) !== issued(n))
      ? [h('li', { class: 'tree-part' }, `${issued(n)} ban hành kèm theo`), treeNode(n, flags, nodes, select)]
      : [treeNode(n, flags, nodes, select)]));
  const version = doc.versions.at(-1);
  const actions = h('div', { class: 'row' },
    version ? h('a', { class: 'button secondary', href: `/api/documents/${encodeURIComponent(id)}/versions/${version.version}/file` }, `Tải tệp gốc · ${version.formatName}`) : null,
    can('viewer') ? h('button', { type: 'button', class: 'secondary', onclick: () => watch(id, '') }, 'Theo dõi văn bản') : null,
    tasks > 0 ? h('a', { class: 'button secondary', href: `/ke-hoach?trang-thai=tat-ca&ke-hoach=${encodeURIComponent(id)}`, 'data-link': true }, `Nhiệm vụ của kế hoạch (${tasks})`) : null,
    can('analyst') ? h('button', { type: 'button', onclick: () => recordFinding(id, current && !current.appendix ? current.pathLabel : '') }, 'Ghi nhận phát hiện') : null);
  let current = null;

  // A node is chosen by its place in the tree, not by its path: a decision's own "Điều 1" and the "Điều 1" of the
  // quy chế it issues share a path, and each shows its own text.
  function select(key) {
    const node = nodes.find(n => n.key === key);
    current = node || null;
    for (const b of tree.querySelectorAll('button.node')) b.setAttribute('aria-pressed', String(b.dataset.key === key));
    const span = node ? text.slice(node.start, node.end) : text;
    const here = flags.get(node ? node.path : '') || [];
    fill(textPane, 
      h('div', { class: 'spread' }, h('h2', {}, node ? heading(node) : 'Toàn văn'),
        node && !node.appendix && can('viewer') ? h('button', { type: 'button', class: 'secondary', onclick: () => watch(id, node.path) }, 'Theo dõi quy định này') : null),
      here.map(f => h('div', { class: 'error-box' }, h('strong', {}, `⚑ ${f.className}: `), f.description, ' ', link(`/phat-hien?trang-thai=${f.status}#f${f.id}`, `(phát hiện #${f.id})`))),
      node?.appendix ? appendixText(span) : h('div', { class: 'provision-text' }, span));
  }

  fill(main, 
    h('div', { class: 'spread' }, h('h1', {}, title), doc.effectName ? badge(doc.effect, doc.effectName) : doc.periodName ? badge('thoi-ky', doc.periodName) : null),
    // What ended, suspended or cut it is a warning; in force from its own day, or amended, is information.
    doc.effectNote ? h('p', { class: ['het-hieu-luc', 'het-hieu-luc-mot-phan', 'ngung-hieu-luc'].includes(doc.effect) ? 'error-box' : 'note-box' }, doc.effectNote, doc.effectBy ? [' — ', link(`/van-ban/${encodeURIComponent(doc.effectBy)}`, `xem ${doc.effectByLabel}`)] : null) : null,
    h('p', {}, doc.title || ''),
    actions,
    h('div', { class: 'card' }, h('dl', { class: 'meta' },
      row('Số, ký hiệu', doc.number?.display), row('Loại văn bản', doc.type), row('Cơ quan ban hành', doc.issuer), row('Nơi, ngày ban hành', [doc.place, date(doc.issueDate)].filter(Boolean).join(', ')),
      // A report, a dispatch or a plan has no effect of its own (the server's EffectRule): a plan shows its period instead.
      doc.periodName ? row('Thời kỳ thực hiện', doc.periodName) : null,
      doc.effectName || doc.effectiveDate ? row('Ngày có hiệu lực', date(doc.effectiveDate)) : null,
      doc.effectName || doc.status !== 'khong-ro' ? row('Tình trạng hiệu lực nguồn ghi', doc.status === 'khong-ro' ? 'Nguồn không ghi' : doc.statusName) : null,
      row('Người ký', [doc.signerTitle, doc.signer].filter(Boolean).join(' ')),
      row('Nguồn', doc.sourceName), row('Cập nhật', when(doc.indexedAt)), doc.ocr ? row('Nhận dạng chữ (OCR)', `${doc.ocr.pages.length} trang, độ tin cậy ${Math.round(doc.ocr.confidence)}%`) : null)),
    h('div', { class: 'grid' }, h('nav', { class: 'card', 'aria-label': 'Điều khoản' }, h('h2', {}, 'Cấu trúc'), doc.provisions.length || appendices.length ? tree : h('p', { class: 'muted' }, 'Văn bản không chia điều khoản.')), textPane),
    citations('Văn bản này viện dẫn', doc.citations.filter(c => !c.internal), c => c.target.documentId, c => c.targetLabel),
    citations('Được viện dẫn bởi', doc.citedBy, c => c.documentId, c => c.documentLabel),
    versions(id, doc.versions));
  select(query.get('phu-luc') ? appendices.find(a => a.label === query.get('phu-luc'))?.key
    : query.get('quy-dinh') ? nodes.find(n => n.path === query.get('quy-dinh') && !n.appendix)?.key : undefined);
}

// An appendix as it is laid out: its lines of text, and its table rows ("1 | Sở Tư pháp | …") as a table whose first
// row heads it; a cell merged with the one above ("^" in the extracted text) repeats that cell's words.
function appendixText(span) {
  const out = [];
  let rows = [];
  const flush = () => {
    if (!rows.length) return;
    const [head, ...body] = rows.map(r => r.split('|').map(c => c.trim()));
    body.forEach((r, i) => r.forEach((c, j) => { if (c === '^' && i > 0) r[j] = body[i - 1][j] ?? ''; }));
    out.push(h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, head.map(c => h('th', {}, c)))),
      h('tbody', {}, body.map(r => h('tr', {}, r.map(c => h('td', {}, c))))))));
    rows = [];
  };
  for (const line of span.split('\n')) {
    if (line.includes(' | ')) { rows.push(line); continue; }
    flush();
    if (line.trim()) out.push(h('p', {}, line));
  }
  flush();
  return h('div', { class: 'provision-text appendix' }, out);
}

function treeNode(node, flags, nodes, select) {
  node.key = String(nodes.length);
  nodes.push(node);
  const count = (flags.get(node.path) || []).length;
  // "Điều 4 — Phạm vi điều chỉnh", as the CLI's tree and the search hits write it; an outline item keeps its own
  // numbering ("1. Quy định về thời hạn …").
  const label = node.treeLabel || node.label;
  const button = h('button', { type: 'button', class: 'node', 'data-path': node.path, 'data-key': node.key, 'aria-pressed': 'false', onclick: () => select(node.key) },
    label, node.heading ? (/[.):]$/.test(label) ? ' ' : ' — ') + node.heading : '', count ? h('span', { class: 'flag', title: `${count} phát hiện` }, ` ⚑${count}`) : null);
  return h('li', {}, button, node.children.length ? h('ul', {}, node.children.map(c => treeNode(c, flags, nodes, select))) : null);
}

/** "Khoản 1 Điều 6 — Phối hợp …": the provision as the server words it (ProvisionLabel.Heading), an appendix by its label and title. */
function heading(node) {
  return node.headingLabel || node.pathLabel;
}

function row(name, value) { return [h('dt', {}, name), h('dd', {}, value || '—')]; }

function citations(title, list, target, label) {
  if (list.length === 0) return h('section', {}, h('h2', {}, title), h('p', { class: 'muted' }, 'Không có.'));
  return h('section', {}, h('h2', {}, `${title} (${list.length})`), h('table', {},
    h('thead', {}, h('tr', {}, h('th', {}, 'Tại'), h('th', {}, 'Quan hệ'), h('th', {}, 'Văn bản'), h('th', {}, 'Nguyên văn'))),
    h('tbody', {}, list.map(c => h('tr', {},
      h('td', {}, c.sourcePathLabel), h('td', {}, c.relationName),
      h('td', {}, target(c) ? link(`/van-ban/${encodeURIComponent(target(c))}`, label(c)) : label(c)), h('td', {}, c.text))))));
}

function versions(id, list) {
  const diff = h('div', { class: 'card diff', hidden: true, 'aria-live': 'polite' });
  return h('section', {}, h('h2', {}, `Phiên bản (${list.length})`), h('table', {},
    h('thead', {}, h('tr', {}, h('th', {}, 'Phiên bản'), h('th', {}, 'Tệp'), h('th', {}, 'Định dạng'), h('th', {}, 'Nhận lúc'), h('th', {}, ''))),
    h('tbody', {}, list.map(v => h('tr', {},
      h('td', {}, String(v.version)), h('td', {}, h('a', { href: `/api/documents/${encodeURIComponent(id)}/versions/${v.version}/file` }, v.fileName)),
      h('td', {}, v.formatName + (v.pages ? `, ${v.pages} trang` : '')), h('td', {}, when(v.ingestedAt)),
      h('td', {}, v.version > 1 ? h('button', { type: 'button', class: 'secondary', onclick: () => showDiff(diff, id, v.version - 1, v.version) }, `So sánh với phiên bản ${v.version - 1}`) : null))))), diff);
}

async function showDiff(box, id, from, to) {
  const d = await api(`/api/documents/${encodeURIComponent(id)}/versions/${from}/diff/${to}`);
  fill(box, h('h3', {}, `Phiên bản ${to} so với ${from}: thêm ${d.inserted} dòng, bớt ${d.deleted} dòng`),
    d.lines.map(l => h('div', { class: l.kind }, (l.kind === 'inserted' ? '+ ' : l.kind === 'deleted' ? '− ' : '  ') + l.text)));
  box.hidden = false;
}

async function watch(id, path) {
  try {
    const w = await api('/api/alerts/watches', { method: 'POST', body: { document: id, path } });
    toast(`Đang theo dõi ${w.label}.`);
  } catch (e) { toast(e.describe(), 'error'); }
}

async function recordFinding(id, path) {
  const values = await ask('Ghi nhận phát hiện', [
    { name: 'class', label: 'Nhóm vấn đề', type: 'select', options: Object.entries(classNames), required: true },
    { name: 'path', label: 'Quy định', value: path, hint: 'Ví dụ: khoản 1 Điều 7; để trống nếu là cả văn bản' },
    { name: 'description', label: 'Mô tả vấn đề', type: 'textarea', required: true },
    { name: 'field', label: 'Lĩnh vực' },
  ], 'Ghi nhận');
  if (!values) return;
  try {
    const f = await api('/api/findings', { method: 'POST', body: { class: values.class, description: values.description, field: values.field || null, provisions: [{ document: id, path: values.path }] } });
    toast(`Đã ghi nhận phát hiện #${f.id}.`);
  } catch (e) { toast(e.describe(), 'error'); }
}
