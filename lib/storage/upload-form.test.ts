import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { PNG, tempStorage } from "@/test/files";
import { multipartRequest } from "@/test/multipart";
import { digest } from "@/test/streams";
import { commitIncoming, HEAD_BYTES } from "./incoming";
import type { FileStorage } from "./storage";
import { limitedStream } from "./storage";
import { readUploadForm, withUploadForm, type UploadLimits } from "./upload-form";

const MB = 1024 * 1024;
const limits = (over: Partial<UploadLimits> = {}): UploadLimits => ({ maxBytes: 10 * MB, maxFileBytes: 4 * MB, maxFiles: 3, fileFields: ["file"], ...over });

const dirs: string[] = [];
function store() {
  const made = tempStorage();
  dirs.push(made.dir);
  return made;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
/** Every file under `dir`, part files included. */
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

describe("readUploadForm: a form is read as it streams, its files straight into storage", () => {
  it("reads the text fields and streams each file to a temporary key, holding only its head", async () => {
    const { dir, storage } = store();
    const big = new Uint8Array(200 * 1024).map((_, i) => (i * 7) % 251);
    const { request } = multipartRequest([
      { name: "subject", value: "Printer" },
      { name: "field.a1", value: "café" },
      { name: "file", filename: "shot.png", size: PNG.byteLength, bytes: PNG },
      { name: "file", filename: "data.bin", size: big.byteLength, bytes: big },
      { name: "other", filename: "ignored.txt", size: 10 },
    ]);
    const read = await readUploadForm(request, limits(), storage);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { form } = read;
    expect(form.text("subject")).toBe("Printer");
    expect(form.fields).toEqual([["subject", "Printer"], ["field.a1", "café"]]);
    expect(form.files.map((f) => [f.field, f.name, f.size, f.head.byteLength])).toEqual([
      ["file", "shot.png", PNG.byteLength, PNG.byteLength],
      ["file", "data.bin", big.byteLength, HEAD_BYTES],
    ]);
    const [png, bin] = form.files;
    expect(png.key).toMatch(/^incoming\/[0-9a-f-]{36}$/);
    expect(await storage.get(png.key)).toEqual(PNG);
    expect(digest(await storage.get(bin.key))).toBe(digest(big));
    expect(digest(bin.head)).toBe(digest(big.subarray(0, HEAD_BYTES)));
    expect(bin.sha256).toBe(digest(big));
    expect([png.text, bin.text]).toEqual([false, false]);
    // The file of a field that carries none is read past, not stored.
    expect(filesIn(dir)).toHaveLength(2);
    await form.discard();
    expect(filesIn(dir)).toHaveLength(0);
  });

  it("tells text from binary over the whole file, not only its head", async () => {
    const { storage } = store();
    const text = new TextEncoder().encode("é".repeat(HEAD_BYTES));
    const binaryLate = new Uint8Array(HEAD_BYTES * 2).fill(65);
    binaryLate[HEAD_BYTES + 10] = 0;
    const { request } = multipartRequest([
      { name: "file", filename: "a.txt", size: text.byteLength, bytes: text },
      { name: "file", filename: "b.txt", size: binaryLate.byteLength, bytes: binaryLate },
    ], { chunkBytes: 1000 });
    const read = await readUploadForm(request, limits(), storage);
    if (!read.ok) throw new Error(read.reason);
    expect(read.form.files.map((f) => f.text)).toEqual([true, false]);
    await read.form.discard();
  });

  it("stops a chunked body over the limit without reading it whole, and keeps nothing", async () => {
    const { dir, storage } = store();
    const { request, pulled } = multipartRequest([{ name: "file", filename: "big.bin", size: 64 * MB }]);
    const read = await readUploadForm(request, limits({ maxBytes: 2 * MB, maxFileBytes: 100 * MB }), storage);
    expect(read).toEqual({ ok: false, reason: "tooLarge" });
    // At most the limit plus what was already in flight, never the 64 MB that was offered.
    expect(pulled.bytes).toBeLessThan(3 * MB);
    expect(filesIn(dir)).toEqual([]);
  });

  it("refuses a declared Content-Length over the limit before reading anything", async () => {
    const { storage } = store();
    const request = new Request("http://portico.test/api/upload", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(10 * MB) },
      body: "--x--",
    });
    expect(await readUploadForm(request, limits({ maxBytes: 1 * MB }), storage)).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("calls a body that is not a whole form incomplete", async () => {
    const { dir, storage } = store();
    const broken = new Request("http://portico.test/api/upload", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n\r\nhalf a file',
    });
    expect(await readUploadForm(broken, limits(), storage)).toEqual({ ok: false, reason: "incomplete" });
    const notAForm = new Request("http://portico.test/api/upload", { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" });
    expect(await readUploadForm(notAForm, limits(), storage)).toEqual({ ok: false, reason: "incomplete" });
    expect(filesIn(dir)).toEqual([]);
  });

  it("a client that goes away mid-file leaves nothing in storage, the files before it neither", async () => {
    const { dir, storage } = store();
    const { request } = multipartRequest(
      [
        { name: "file", filename: "first.bin", size: 300 * 1024 },
        { name: "file", filename: "second.bin", size: 3 * MB },
      ],
      { failAfter: 1 * MB },
    );
    expect(await readUploadForm(request, limits(), storage)).toEqual({ ok: false, reason: "incomplete" });
    expect(filesIn(dir)).toEqual([]);
  });

  it("a file over its own limit is listed as too large with nothing stored; the others are kept", async () => {
    const { dir, storage } = store();
    const { request } = multipartRequest([
      { name: "file", filename: "exact.bin", size: 1 * MB },
      { name: "file", filename: "over.bin", size: 1 * MB + 1 },
      { name: "file", filename: "much-over.bin", size: 3 * MB },
    ]);
    const read = await readUploadForm(request, limits({ maxFileBytes: 1 * MB }), storage);
    if (!read.ok) throw new Error(read.reason);
    const [exact, over, muchOver] = read.form.files;
    expect(exact.size).toBe(1 * MB);
    expect(over.size).toBeGreaterThan(1 * MB);
    expect(muchOver.size).toBeGreaterThan(1 * MB);
    expect(await storage.get(over.key)).toBeNull();
    expect(await storage.get(muchOver.key)).toBeNull();
    expect(filesIn(dir)).toEqual([path.join(dir, ...exact.key.split("/"))]);
    await read.form.discard();
    expect(filesIn(dir)).toEqual([]);
  });

  it("keeps at most maxFiles files and reads past the rest", async () => {
    const { dir, storage } = store();
    const { request } = multipartRequest(Array.from({ length: 6 }, (_, i) => ({ name: "file", filename: `f${i}.bin`, size: 1000 })));
    const read = await readUploadForm(request, limits({ maxFiles: 4 }), storage);
    if (!read.ok) throw new Error(read.reason);
    expect(read.form.files.map((f) => f.name)).toEqual(["f0.bin", "f1.bin", "f2.bin", "f3.bin"]);
    expect(filesIn(dir)).toHaveLength(4);
    await read.form.discard();
  });

  it("refuses a text field longer than a form needs", async () => {
    const { storage } = store();
    const { request } = multipartRequest([{ name: "description", value: "x".repeat(2 * MB) }]);
    expect(await readUploadForm(request, limits(), storage)).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("a storage failure is thrown, after removing what was stored", async () => {
    const { dir, storage } = store();
    let writes = 0;
    const failing: FileStorage = {
      ...storage,
      putStream: (key, stream, options) => (++writes === 2 ? Promise.reject(new Error("disk full")) : storage.putStream(key, stream, options)),
    };
    const { request } = multipartRequest([
      { name: "file", filename: "a.bin", size: 100 * 1024 },
      { name: "file", filename: "b.bin", size: 100 * 1024 },
    ]);
    await expect(readUploadForm(request, limits(), failing)).rejects.toThrow("disk full");
    expect(filesIn(dir)).toEqual([]);
  });

  it("streams a 64 MB file through without holding it: what was read and not yet written stays small", async () => {
    const { dir, storage } = store();
    let written = 0;
    let largestChunk = 0;
    // Counts what reached storage; the lag behind what the body gave is what the reader holds.
    const counting: FileStorage = {
      ...storage,
      putStream: (key, stream, options) => {
        const source = limitedStream(stream, Infinity);
        const meter = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            written += chunk.byteLength;
            largestChunk = Math.max(largestChunk, chunk.byteLength);
            callback(null, chunk);
          },
        });
        source.source.on("error", (error) => meter.destroy(error));
        return storage.putStream(key, source.source.pipe(meter), options);
      },
    };
    let largestLag = 0;
    const { request, pulled } = multipartRequest([{ name: "file", filename: "big.bin", size: 64 * MB }], {
      onPull: (bytes) => (largestLag = Math.max(largestLag, bytes - written)),
    });
    const read = await readUploadForm(request, limits({ maxBytes: 100 * MB, maxFileBytes: 100 * MB }), counting);
    if (!read.ok) throw new Error(read.reason);
    const [file] = read.form.files;
    expect(file.size).toBe(64 * MB);
    expect(statSync(path.join(dir, ...file.key.split("/"))).size).toBe(64 * MB);
    expect(pulled.bytes).toBeGreaterThan(64 * MB);
    expect(largestChunk).toBeLessThanOrEqual(1 * MB);
    // A reader that buffered the file would lag by all 64 MB; streams hold a few chunks at most.
    expect(largestLag).toBeLessThan(2 * MB);
    await read.form.discard();
  });
});

describe("withUploadForm: the form's uncommitted files are removed whatever the handler does", () => {
  const twoFiles = () =>
    multipartRequest([
      { name: "file", filename: "kept.png", size: PNG.byteLength, bytes: PNG },
      { name: "file", filename: "dropped.bin", size: 10 * 1024 },
    ]).request;

  it("keeps what the handler committed and removes the rest", async () => {
    const { dir, storage } = store();
    const answer = await withUploadForm(twoFiles(), limits(), storage, {
      refused: (reason) => `refused: ${reason}`,
      handle: async (form) => {
        await commitIncoming(storage, form.files[0], "attachments/kept");
        expect(filesIn(dir)).toHaveLength(2);
        return "handled";
      },
    });
    expect(answer).toBe("handled");
    expect(filesIn(dir)).toEqual([path.join(dir, "attachments", "kept")]);
  });

  it("removes every file when the handler throws, and the error goes on", async () => {
    const { dir, storage } = store();
    const handled = withUploadForm(twoFiles(), limits(), storage, {
      refused: (reason) => `refused: ${reason}`,
      handle: async (form) => {
        expect(form.files).toHaveLength(2);
        throw new Error("database down");
      },
    });
    await expect(handled).rejects.toThrow("database down");
    expect(filesIn(dir)).toEqual([]);
  });

  it("answers a refused form with `refused`, without calling the handler", async () => {
    const { dir, storage } = store();
    const { request } = multipartRequest([{ name: "file", filename: "big.bin", size: 4 * MB }]);
    let handled = false;
    const answer = await withUploadForm(request, limits({ maxBytes: 1 * MB, maxFileBytes: 100 * MB }), storage, {
      refused: (reason) => `refused: ${reason}`,
      handle: async () => {
        handled = true;
        return "handled";
      },
    });
    expect(answer).toBe("refused: tooLarge");
    expect(handled).toBe(false);
    expect(filesIn(dir)).toEqual([]);
  });
});
