// How values are written for people: Vietnamese dates and names of statuses, classes and actions.
import { h } from './dom.js';

export function date(value) {
  if (!value) return '—';
  const [y, m, d] = String(value).slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function when(value) {
  if (!value) return '—';
  const at = new Date(value);
  return at.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export const effectNames = {
  'con-hieu-luc': 'Còn hiệu lực', 'het-hieu-luc': 'Hết hiệu lực', 'het-hieu-luc-mot-phan': 'Hết hiệu lực một phần',
  'chua-co-hieu-luc': 'Chưa có hiệu lực', 'ngung-hieu-luc': 'Ngưng hiệu lực', 'khong-ro': 'Chưa rõ hiệu lực',
};

export const findingStatusNames = { open: 'Chờ xem xét', confirmed: 'Đã xác nhận', dismissed: 'Đã loại' };
export const recommendationStatusNames = { draft: 'Dự thảo', sent: 'Đã gửi', answered: 'Đã trả lời', implemented: 'Đã thực hiện', closed: 'Đã đóng' };
export const verdictNames = { accepted: 'Tiếp thu', partlyAccepted: 'Tiếp thu một phần', rejected: 'Không tiếp thu' };
export const roleNames = { viewer: 'Người xem', analyst: 'Chuyên viên', admin: 'Quản trị viên' };

export const classNames = {
  overdueDetailing: 'Nợ đọng văn bản quy định chi tiết', contradiction: 'Mâu thuẫn', overlap: 'Chồng chéo',
  conflictWithHigher: 'Không phù hợp văn bản cấp trên', infeasible: 'Không khả thi, không còn phù hợp', lapsedBasis: 'Căn cứ hết hiệu lực',
  missingConditions: 'Thiếu điều kiện bảo đảm thi hành', nonCompliance: 'Không tuân thủ',
};

export const actionNames = {
  issue: 'Ban hành mới', amend: 'Sửa đổi', supplement: 'Bổ sung', replace: 'Thay thế', repeal: 'Bãi bỏ', suspend: 'Đình chỉ thi hành', organisational: 'Biện pháp tổ chức thi hành',
};

export const relationNames = {
  references: 'dẫn chiếu', basis: 'căn cứ', amends: 'sửa đổi', supplements: 'bổ sung', replaces: 'thay thế', repeals: 'bãi bỏ',
  expires: 'tuyên bố hết hiệu lực', guides: 'hướng dẫn', details: 'quy định chi tiết', suspends: 'đình chỉ',
};

export function badge(code, label) { return h('span', { class: `status ${code}` }, label || code); }

/** A structured word diff (spans of both sides' words as written) as highlighted text: what the first provision says struck through, what the second says underlined. */
export function wordDiff(spans) {
  return spans.map(s => s.kind === 'changed'
    ? [s.left ? h('del', { class: 'del', title: 'văn bản thứ nhất' }, s.left) : null, s.left && s.right ? ' ' : null, s.right ? h('ins', { class: 'ins', title: 'văn bản thứ hai' }, s.right) : null, ' ']
    : (s.kind === 'gap' ? '… ' : s.left + ' '));
}

export function percent(rate) { return rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`; }

export function daysBetween(from, to) {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
}
