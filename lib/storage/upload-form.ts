import { createHash, randomUUID } from "node:crypto";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import { HEAD_BYTES, INCOMING_PREFIX, type ReceivedFile } from "./incoming";
import { limitedStream, StorageLimitError, type FileStorage } from "./storage";
import { textScanner } from "./text";

// The one way Portico reads an upload. The body is counted as it streams and reading stops at the
// limit, whatever Content-Length says (a chunked request has none); each file goes straight to
// storage under a temporary key (incoming/…) while only its first bytes are held for the type
// check. Ticket and chat attachments, KB images and documents all read their forms through here.

export type UploadLimits = {
  /** The whole body. */
  maxBytes: number;
  /** One file: a larger one is listed with a size over this, and nothing of it is kept. */
  maxFileBytes: number;
  /** Files kept; the parts after them are read past and dropped. */
  maxFiles: number;
  /** The form fields that carry files; files in any other field are read past. */
  fileFields: readonly string[];
};

export type UploadedFormFile = ReceivedFile & { field: string };

export type UploadForm = {
  /** The first value of a text field. */
  text: (name: string) => string | undefined;
  /** Every text field, in order. */
  fields: [name: string, value: string][];
  files: UploadedFormFile[];
  /**
   * Removes every file of the form that was not committed elsewhere (lib/storage/incoming.ts):
   * callers run it when they are done, whatever the outcome (withUploadForm below does).
   */
  discard: () => Promise<void>;
};

export type UploadFormRefusal = "tooLarge" | "incomplete";

export type UploadFormRead = { ok: true; form: UploadForm } | { ok: false; reason: UploadFormRefusal };

/** Text fields are short: a ticket's description is the longest. */
const MAX_FIELD_BYTES = 1024 * 1024;
const MAX_FIELDS = 500;

/**
 * Reads a multipart form of at most `limits.maxBytes`, its files streamed into `storage`. Resolves
 * once the whole body has arrived and every file is stored; a body that is too large, cut short or
 * not a form is refused, and then nothing of it is left in storage.
 */
export async function readUploadForm(request: Request, limits: UploadLimits, storage: FileStorage): Promise<UploadFormRead> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, reason: "tooLarge" };
  }
  if (!request.body) return { ok: false, reason: "incomplete" };
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": request.headers.get("content-type") ?? "" },
      // fileSize one over the limit: busboy calls a file that reaches fileSize exactly truncated.
      limits: { fileSize: limits.maxFileBytes + 1, files: limits.maxFiles, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES },
    });
  } catch {
    await request.body.cancel().catch(() => undefined);
    return { ok: false, reason: "incomplete" };
  }

  const fields: [string, string][] = [];
  const files: UploadedFormFile[] = [];
  const writes: Promise<void>[] = [];
  let fieldsOver = false;
  let storageError: unknown;

  parser.on("field", (name, value, info) => {
    if (info.nameTruncated || info.valueTruncated) fieldsOver = true;
    else fields.push([name, value]);
  });
  parser.on("fieldsLimit", () => (fieldsOver = true));
  parser.on("file", (field, stream, info) => {
    if (!limits.fileFields.includes(field)) {
      // Read past; its error (a form cut short) is the form's, answered below.
      stream.on("error", () => undefined);
      stream.resume();
      return;
    }
    const file: UploadedFormFile = { field, name: info.filename ?? "", key: `${INCOMING_PREFIX}/${randomUUID()}`, size: 0, head: new Uint8Array(0), text: true, sha256: "" };
    files.push(file);
    const head: Buffer[] = [];
    let headBytes = 0;
    const hash = createHash("sha256");
    const text = textScanner();
    const observed = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        file.size += chunk.byteLength;
        if (headBytes < HEAD_BYTES) {
          const part = chunk.subarray(0, HEAD_BYTES - headBytes);
          head.push(Buffer.from(part));
          headBytes += part.byteLength;
        }
        hash.update(chunk);
        text.push(chunk);
        callback(null, chunk);
      },
    });
    // busboy's file stream is never destroyed by us (it would stall the form): errors are passed
    // on, and when storage gives up the rest of the file is read past.
    stream.on("error", (error) => observed.destroy(error));
    stream.pipe(observed);
    writes.push(
      storage.putStream(file.key, observed, { maxBytes: limits.maxFileBytes }).then(
        () => {
          if (stream.truncated) file.size = Math.max(file.size, limits.maxFileBytes + 1);
          file.head = new Uint8Array(Buffer.concat(head));
          file.text = text.end();
          file.sha256 = hash.digest("hex");
        },
        (error: unknown) => {
          stream.unpipe(observed);
          stream.resume();
          // Over its own limit: listed as too large, with nothing stored.
          if (error instanceof StorageLimitError) file.size = Math.max(file.size, limits.maxFileBytes + 1);
          else storageError ??= error;
        },
      ),
    );
  });

  // The whole body counted as it streams, by the same limiter the storage backends use per file.
  const body = limitedStream(request.body, limits.maxBytes);
  let complete = true;
  try {
    await pipeline(body.source, body.counted, parser);
  } catch {
    complete = false;
  }
  await Promise.all(writes);
  const discard = async () => {
    await Promise.allSettled(files.map((f) => storage.delete(f.key)));
  };
  // A form cut short fails its file writes too: the refusal is the answer, not their errors.
  if (!complete || fieldsOver) {
    await discard();
    return { ok: false, reason: body.size() > limits.maxBytes || fieldsOver ? "tooLarge" : "incomplete" };
  }
  if (storageError) {
    await discard();
    throw storageError;
  }
  return {
    ok: true,
    form: {
      text: (name) => fields.find(([n]) => n === name)?.[1],
      fields,
      files,
      discard,
    },
  };
}

/**
 * Reads the form of `request` (readUploadForm) and answers with `handle(form)`, or with
 * `refused(reason)` when the form is refused; the files `handle` did not commit are removed
 * afterwards, whatever the outcome.
 */
export async function withUploadForm<T>(
  request: Request,
  limits: UploadLimits,
  storage: FileStorage,
  { handle, refused }: { handle: (form: UploadForm) => Promise<T>; refused: (reason: UploadFormRefusal) => T | Promise<T> },
): Promise<T> {
  const read = await readUploadForm(request, limits, storage);
  if (!read.ok) return refused(read.reason);
  try {
    return await handle(read.form);
  } finally {
    await read.form.discard();
  }
}
