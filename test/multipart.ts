// Multipart request bodies for the upload tests, made only as the reader pulls them.

import type { FileStorage } from "@/lib/storage/storage";
import { readUploadForm } from "@/lib/storage/upload-form";

export type Part = { name: string; value: string } | { name: string; filename: string; size: number; fill?: number; bytes?: Uint8Array };

const encoder = new TextEncoder();
export const BOUNDARY = "----porticotest";

/** The bytes of a part's file: `bytes` when given, else `size` bytes of `fill` (an "A" by default), made in chunks. */
function* fileChunks(part: Extract<Part, { filename: string }>, chunkBytes: number): Generator<Uint8Array> {
  if (part.bytes) {
    for (let at = 0; at < part.bytes.byteLength; at += chunkBytes) yield part.bytes.subarray(at, at + chunkBytes);
    return;
  }
  for (let left = part.size; left > 0; left -= chunkBytes) yield new Uint8Array(Math.min(chunkBytes, left)).fill(part.fill ?? 65);
}

function* bodyChunks(parts: Part[], chunkBytes: number): Generator<Uint8Array> {
  for (const part of parts) {
    if ("value" in part) {
      yield encoder.encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`);
    } else {
      yield encoder.encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
      yield* fileChunks(part, chunkBytes);
      yield encoder.encode("\r\n");
    }
  }
  yield encoder.encode(`--${BOUNDARY}--\r\n`);
}

/**
 * A chunked request (no Content-Length) carrying `parts`; `pulled.bytes` is how much the reader
 * asked for. With `failAfter`, the body errors once that many bytes were sent (a client that went away).
 */
export function multipartRequest(parts: Part[], options: { chunkBytes?: number; failAfter?: number; onPull?: (bytes: number) => void } = {}) {
  const chunks = bodyChunks(parts, options.chunkBytes ?? 64 * 1024);
  const pulled = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (options.failAfter !== undefined && pulled.bytes >= options.failAfter) {
          controller.error(new Error("client went away"));
          return;
        }
        const next = chunks.next();
        if (next.done) {
          controller.close();
          return;
        }
        pulled.bytes += next.value.byteLength;
        options.onPull?.(pulled.bytes);
        controller.enqueue(next.value);
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://portico.test/api/upload", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

/** `files` sent as a form and read by the real form reader into `storage`: what a route hands the services. */
export async function streamedForm(storage: FileStorage, files: { name: string; bytes: Uint8Array }[], field = "file") {
  const { request } = multipartRequest(files.map((f) => ({ name: field, filename: f.name, size: f.bytes.byteLength, bytes: f.bytes })));
  const read = await readUploadForm(request, { maxBytes: 200 * 1024 * 1024, maxFileBytes: 100 * 1024 * 1024, maxFiles: 20, fileFields: [field] }, storage);
  if (!read.ok) throw new Error(`form refused: ${read.reason}`);
  return read.form;
}
