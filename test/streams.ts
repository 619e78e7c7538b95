// Streams for the storage tests.

import { createHash } from "node:crypto";

/** The chunks as a web stream; with `failAfter`, it errors after that many chunks. */
export function webStream(chunks: Uint8Array[], failAfter?: number) {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAfter !== undefined && at === failAfter) controller.error(new Error("client went away"));
      else if (at === chunks.length) controller.close();
      else controller.enqueue(chunks[at++]);
    },
  });
}

export function concat(chunks: Uint8Array[]) {
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The SHA-256 of bytes (null for none), to compare large files: Vitest's toEqual walks a typed array
 * element by element and takes minutes on megabytes.
 */
export function digest(bytes: Uint8Array | null) {
  return bytes && createHash("sha256").update(bytes).digest("hex");
}
