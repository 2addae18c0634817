// An upload whose progress can be shown: fetch (and so the generated client) cannot report how much of a
// request body has been sent, XMLHttpRequest can. Used only for the book import, whose file may be large;
// every other call goes through the typed client. The key and language are sent as the client sends them.
import { session } from './session.js';

export interface UploadProgress {
  /** Bytes sent so far, and of how many. */
  readonly sent: number;
  readonly total: number;
  /** 'sending' while the body goes out, 'working' once it is all sent and the server works, then 'done'. */
  readonly phase: 'sending' | 'working' | 'done';
}

export interface UploadAnswer {
  readonly status: number;
  /** The parsed JSON answer (a result or a problem document), or null when it was not JSON. */
  readonly body: unknown;
}

export function uploadWithProgress(opts: {
  readonly url: string;
  readonly body: Blob;
  readonly contentType: string;
  readonly lang: 'vi' | 'en';
  readonly onProgress: (p: UploadProgress) => void;
}): Promise<UploadAnswer> {
  const total = opts.body.size;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', opts.url);
    const key = session.key();
    if (key) xhr.setRequestHeader('Authorization', `Bearer ${key}`);
    xhr.setRequestHeader('Accept-Language', opts.lang);
    xhr.setRequestHeader('Content-Type', opts.contentType);
    xhr.upload.onprogress = (e) =>
      opts.onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : total, phase: 'sending' });
    xhr.upload.onload = () => opts.onProgress({ sent: total, total, phase: 'working' });
    xhr.onload = () => {
      opts.onProgress({ sent: total, total, phase: 'done' });
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error(`upload failed (HTTP ${xhr.status})`));
    opts.onProgress({ sent: 0, total, phase: 'sending' });
    xhr.send(opts.body);
  });
}

/** Percent sent, whole, 0 to 100. */
export const percentSent = (p: UploadProgress): number =>
  p.total === 0 ? 100 : Math.min(100, Math.floor((p.sent / p.total) * 100));
