import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { localStorage } from "./local";

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
});
