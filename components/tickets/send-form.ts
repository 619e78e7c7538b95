import type { ActionResult } from "@/lib/action-result";

export type UploadLimits = { maxMb: number; maxFiles: number };

/**
 * Sends a ticket form with its files to a route handler, reporting upload progress. Resolves with
 * the server's answer, or null when the request did not complete (network loss, aborted).
 */
export function sendTicketForm<T>(url: string, form: FormData, onProgress: (percent: number) => void): Promise<ActionResult<T> | null> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      const body = xhr.response as ActionResult<T> | null;
      resolve(body && typeof body === "object" && "ok" in body ? body : null);
    };
    xhr.onerror = () => resolve(null);
    xhr.onabort = () => resolve(null);
    xhr.send(form);
  });
}
