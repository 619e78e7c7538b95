import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { localStorage } from "./local";
import { deleteStaleIncoming } from "./incoming";
import { StorageLimitError } from "./storage";
import { concat, digest, webStream } from "@/test/streams";

const dirs: string[] = [];
async function tempStore() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "portico-storage-"));
  dirs.push(dir);
  return { dir, store: localStorage(dir) };
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("local file storage", () => {
  it("stores, reads back and deletes a file", async () => {
    const { store } = await tempStore();
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await store.put("tickets/12/abc", bytes);
    expect(await store.get("tickets/12/abc")).toEqual(bytes);
    await store.delete("tickets/12/abc");
    expect(await store.get("tickets/12/abc")).toBeNull();
    await store.delete("tickets/12/abc");
  });

  it("leaves no temporary file behind", async () => {
    const { dir, store } = await tempStore();
    await store.put("a/b", new Uint8Array([1]));
    expect(await readdir(path.join(dir, "a"))).toEqual(["b"]);
  });

  it("refuses keys that could leave its folder or name something odd", async () => {
    const { store } = await tempStore();
    for (const key of ["../x", "a/../../x", "/etc/passwd", "a//b", "A", "a/.b", "a\\b", ""]) {
      await expect(store.put(key, new Uint8Array([1])), key).rejects.toThrow(/invalid storage key/);
      await expect(store.get(key), key).rejects.toThrow(/invalid storage key/);
    }
  });

  it("a missing file reads as null", async () => {
    const { store } = await tempStore();
    expect(await store.get("nothing/here")).toBeNull();
  });

  it("streams a file in, from a web stream or a Node stream, and stores it whole", async () => {
    const { dir, store } = await tempStore();
    const chunks = Array.from({ length: 40 }, (_, i) => new Uint8Array(64 * 1024).fill(i));
    expect(await store.putStream("uploads/web", webStream(chunks), { maxBytes: 40 * 64 * 1024 })).toEqual({ size: 40 * 64 * 1024 });
    expect(digest(await store.get("uploads/web"))).toBe(digest(concat(chunks)));
    expect(await store.putStream("uploads/node", Readable.from(chunks), { maxBytes: 10 * 1024 * 1024 })).toEqual({ size: 40 * 64 * 1024 });
    expect(digest(await store.get("uploads/node"))).toBe(digest(concat(chunks)));
    expect((await readdir(path.join(dir, "uploads"))).sort()).toEqual(["node", "web"]);
  });

  it("a stream that fails mid-way or passes maxBytes leaves neither the file nor a part file", async () => {
    const { dir, store } = await tempStore();
    const chunks = Array.from({ length: 10 }, () => new Uint8Array(64 * 1024).fill(7));
    await expect(store.putStream("uploads/broken", webStream(chunks, 5), { maxBytes: 10 * 1024 * 1024 })).rejects.toThrow("client went away");
    await expect(store.putStream("uploads/big", webStream(chunks), { maxBytes: 300 * 1024 })).rejects.toBeInstanceOf(StorageLimitError);
    expect(await store.get("uploads/broken")).toBeNull();
    expect(await store.get("uploads/big")).toBeNull();
    expect(await readdir(path.join(dir, "uploads"))).toEqual([]);
  });

  it("moves a file to another key; moving a missing one fails", async () => {
    const { store } = await tempStore();
    await store.put("incoming/abc", new Uint8Array([1, 2, 3]));
    await store.move("incoming/abc", "attachments/abc");
    expect(await store.get("incoming/abc")).toBeNull();
    expect(await store.get("attachments/abc")).toEqual(new Uint8Array([1, 2, 3]));
    await expect(store.move("incoming/abc", "attachments/def")).rejects.toThrow();
    await expect(store.move("incoming/abc", "../x")).rejects.toThrow(/invalid storage key/);
  });

  it("removes incoming files (part files too) older than a day, and only those", async () => {
    const { dir, store } = await tempStore();
    const now = new Date();
    const old = new Date(now.getTime() - 25 * 3600_000);
    await store.put("incoming/old", new Uint8Array([1]));
    await store.put("incoming/new", new Uint8Array([2]));
    await store.put("attachments/old", new Uint8Array([3]));
    await writeFile(path.join(dir, "incoming", "crashed.1234.part"), "x");
    for (const file of ["incoming/old", "incoming/crashed.1234.part", "attachments/old"]) await utimes(path.join(dir, file), old, old);
    expect(await deleteStaleIncoming(store, now)).toBe(2);
    expect(await readdir(path.join(dir, "incoming"))).toEqual(["new"]);
    expect(await store.get("attachments/old")).not.toBeNull();
    expect(await deleteStaleIncoming(localStorage(path.join(dir, "nothing-yet")), now)).toBe(0);
  });
});
