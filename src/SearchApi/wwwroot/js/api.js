// Talking to the LawMonitor API with the session cookie: JSON in and out, the antiforgery token on every
// change, If-Match where a register record is edited, problems turned into errors with Vietnamese text.

export const session = { signedIn: false, name: null, displayName: null, role: null, csrfToken: null, publicSearch: false };

const ROLES = ['viewer', 'analyst', 'admin'];
export const can = role => session.signedIn && ROLES.indexOf(session.role) >= ROLES.indexOf(role);

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `Lỗi ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.errors = problem?.errors || {};
  }

  /** Every message of the problem, field errors named. */
  describe() {
    const fields = Object.entries(this.errors).map(([field, messages]) => `${field}: ${messages.join(' ')}`);
    return [this.problem.detail || this.problem.title || this.message, ...fields].filter(Boolean).join(' — ');
  }
}

export async function loadSession() {
  const response = await fetch('/api/auth/session', { credentials: 'same-origin' });
  Object.assign(session, await response.json());
  return session;
}

export async function api(path, { method = 'GET', body, ifMatch, raw = false } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && session.csrfToken) headers['X-CSRF-TOKEN'] = session.csrfToken;
  if (ifMatch !== undefined) headers['If-Match'] = typeof ifMatch === 'number' ? `"${ifMatch}"` : ifMatch;
  const response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401 && !path.startsWith('/api/auth/')) {
    session.signedIn = false;
    window.dispatchEvent(new CustomEvent('lm:signed-out'));
  }

  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    throw new ApiError(response.status, problem || { title: statusText(response.status) });
  }

  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const value = type.includes('json') ? await response.json() : await response.text();
  const etag = response.headers.get('ETag');
  if (etag && value && typeof value === 'object') Object.defineProperty(value, 'etag', { value: etag, enumerable: false });
  return value;
}

/** Uploads files (multipart) to be ingested; answers one result per file. */
export async function upload(files) {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  const response = await fetch('/api/documents', { method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json', 'X-CSRF-TOKEN': session.csrfToken || '' } });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    throw new ApiError(response.status, problem || { title: statusText(response.status) });
  }
  return response.json();
}

function statusText(status) {
  return {
    400: 'Yêu cầu không hợp lệ', 401: 'Cần đăng nhập', 403: 'Bạn không có quyền thực hiện việc này', 404: 'Không tìm thấy',
    409: 'Không thực hiện được ở trạng thái hiện tại', 412: 'Bản ghi đã được người khác sửa; hãy tải lại', 429: 'Quá nhiều yêu cầu; hãy thử lại sau',
  }[status] || `Lỗi máy chủ (${status})`;
}

export const query = params => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, v);
  const text = search.toString();
  return text ? '?' + text : '';
};
