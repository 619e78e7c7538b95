import { describe, expect, it } from "vitest";
import { readBoundedForm } from "./bounded-body";

const MB = 1024 * 1024;

/** A chunked request (no Content-Length) whose body is made only as the reader pulls it. */
function chunkedUpload(totalBytes: number, chunkBytes = 64 * 1024) {
  const boundary = "----porticotest";
  const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
  const pulled = { bytes: 0 };
  let sentHead = false;
  let left = totalBytes;
  let sentTail = false;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        let chunk: Uint8Array;
        if (!sentHead) {
          sentHead = true;
          chunk = head;
        } else if (left > 0) {
          chunk = new Uint8Array(Math.min(chunkBytes, left)).fill(65);
          left -= chunk.byteLength;
        } else if (!sentTail) {
          sentTail = true;
          chunk = tail;
        } else {
          controller.close();
          return;
        }
        pulled.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://portico.test/api/upload", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

describe("readBoundedForm: a request body is counted as it streams", () => {
  it("reads a form within the limit", async () => {
    const { request } = chunkedUpload(100 * 1024);
    const result = await readBoundedForm(request, 1 * MB);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const file = result.form.get("file");
    expect(file).toBeInstanceOf(File);
    expect((file as File).size).toBe(100 * 1024);
  });

  it("stops a chunked body over the limit without reading it whole", async () => {
    const { request, pulled } = chunkedUpload(64 * MB);
    const result = await readBoundedForm(request, 2 * MB);
    expect(result).toEqual({ ok: false, reason: "tooLarge" });
    // At most the limit plus what was already in flight, never the 64 MB that was offered.
    expect(pulled.bytes).toBeLessThan(3 * MB);
  });

  it("refuses a declared Content-Length over the limit before reading anything", async () => {
    const request = new Request("http://portico.test/api/upload", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(10 * MB) },
      body: "--x--",
    });
    expect(await readBoundedForm(request, 1 * MB)).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("calls a body that is not a form incomplete", async () => {
    const request = new Request("http://portico.test/api/upload", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body: "--x\r\nbroken",
    });
    expect(await readBoundedForm(request, 1 * MB)).toEqual({ ok: false, reason: "incomplete" });
  });
});
