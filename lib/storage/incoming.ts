import { createHash } from "node:crypto";
import type { FileStorage } from "./storage";
import { looksLikeText } from "./text";

// A file as it arrives with a form, in one of two shapes: bytes in memory (small internal copies,
// tests) or already streamed to storage under a temporary key by lib/storage/upload-form.ts. The
// services judge either from the same facts and then commit it under its final key.

/**
 * How much of a file's start is kept to judge its type: file-type reads 4,100 bytes, but Office and
 * OpenDocument files are told apart by the zip entries that follow, and documents are checked for
 * markup in their first 8 KB.
 */
export const HEAD_BYTES = 64 * 1024;

/** The folder of files streamed in and not (yet) accepted. */
export const INCOMING_PREFIX = "incoming";

/** A day: far longer than any upload takes to be checked and committed. */
export const STALE_INCOMING_MS = 24 * 60 * 60_000;

export type BufferedFile = { name: string; bytes: Uint8Array };

/** Streamed to storage under `key` (a temporary one under incoming/); only its first bytes are held. */
export type ReceivedFile = {
  name: string;
  size: number;
  /** The first HEAD_BYTES bytes (all of a smaller file). */
  head: Uint8Array;
  /** Whether the whole file is UTF-8 text without control characters. */
  text: boolean;
  sha256: string;
  key: string;
};

export type IncomingFile = BufferedFile | ReceivedFile;

export type FileFacts = Omit<ReceivedFile, "key">;

/** What the checks need of a file, whichever way it arrived. */
export function factsOf(file: IncomingFile): FileFacts {
  if (!("bytes" in file)) return file;
  const { name, bytes } = file;
  return { name, size: bytes.byteLength, head: bytes, text: looksLikeText(bytes), sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** Stores an accepted file under its final key: written, or moved from where it was streamed to. */
export async function commitIncoming(storage: FileStorage, file: IncomingFile, key: string) {
  if ("bytes" in file) await storage.put(key, file.bytes);
  else await storage.move(file.key, key);
}

/**
 * Removes files left under incoming/ for more than a day. Every refused or failed upload removes its
 * own; these are what a process that stopped mid-upload left behind.
 */
export async function deleteStaleIncoming(storage: FileStorage, now = new Date()) {
  return storage.deleteOlderThan(INCOMING_PREFIX, new Date(now.getTime() - STALE_INCOMING_MS));
}
