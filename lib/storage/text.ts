// Whether bytes are text, judged whole or as they stream. Pure: the attachment rules use it too.

const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/** Tabs, line breaks and form feeds are text; other control characters or invalid UTF-8 mean a binary file. */
export function looksLikeText(bytes: Uint8Array): boolean {
  const scan = textScanner();
  scan.push(bytes);
  return scan.end();
}

/** looksLikeText for a file that arrives in chunks; stops looking once it has seen binary. */
export function textScanner() {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let text = true;
  return {
    push(chunk: Uint8Array) {
      if (!text) return;
      try {
        if (CONTROL.test(decoder.decode(chunk, { stream: true }))) text = false;
      } catch {
        text = false;
      }
    },
    end() {
      if (text) {
        try {
          decoder.decode();
        } catch {
          text = false;
        }
      }
      return text;
    },
  };
}
