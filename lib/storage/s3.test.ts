import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { concat, digest, webStream } from "@/test/streams";
import { s3Storage } from "./s3";
import { StorageLimitError, type FileStorage } from "./storage";

// Against a real S3-compatible server (s3rver, from npm) on a random local port.
let server: S3rver;
let dir: string;
let store: FileStorage;
let keysIn: (prefix: string) => Promise<string[]>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "portico-s3-"));
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: dir, configureBuckets: [{ name: "portico-test", configs: [] }] });
  const address: AddressInfo = await server.run();
  const options = {
    bucket: "portico-test",
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${address.port}`,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  };
  store = s3Storage(options);
  const client = new S3Client({ region: options.region, endpoint: options.endpoint, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
  keysIn = async (prefix) => ((await client.send(new ListObjectsV2Command({ Bucket: options.bucket, Prefix: prefix }))).Contents ?? []).map((o) => o.Key ?? "");
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("S3-compatible file storage", () => {
  it("stores, reads back and deletes a file", async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await store.put("attachments/abc-1", bytes);
    expect(await store.get("attachments/abc-1")).toEqual(bytes);
    await store.delete("attachments/abc-1");
    expect(await store.get("attachments/abc-1")).toBeNull();
  });

  it("a missing file reads as null and deleting it is not an error", async () => {
    expect(await store.get("attachments/none")).toBeNull();
    await store.delete("attachments/none");
  });

  it("refuses keys that are not Portico's own", async () => {
    await expect(store.put("../x", new Uint8Array([1]))).rejects.toThrow(/invalid storage key/);
  });

  it("streams a small file in with one PUT and a larger one in parts, each stored whole", async () => {
    const small = [new Uint8Array(1000).fill(1), new Uint8Array(500).fill(2)];
    expect(await store.putStream("streamed/small", webStream(small), { maxBytes: 1500 })).toEqual({ size: 1500 });
    expect(await store.get("streamed/small")).toEqual(concat(small));
    // 12 MB: three parts of at most 5 MB.
    const large = Array.from({ length: 12 }, (_, i) => new Uint8Array(1024 * 1024).fill(i + 1));
    expect(await store.putStream("streamed/large", webStream(large), { maxBytes: 12 * 1024 * 1024 })).toEqual({ size: 12 * 1024 * 1024 });
    expect(digest(await store.get("streamed/large"))).toBe(digest(concat(large)));
  });

  it("a stream that fails or passes maxBytes leaves no object, before or after its first part", async () => {
    const mb = Array.from({ length: 12 }, () => new Uint8Array(1024 * 1024).fill(9));
    await expect(store.putStream("failed/early", webStream(mb, 2), { maxBytes: 100 * 1024 * 1024 })).rejects.toThrow();
    await expect(store.putStream("failed/late", webStream(mb, 8), { maxBytes: 100 * 1024 * 1024 })).rejects.toThrow();
    await expect(store.putStream("failed/over", webStream(mb), { maxBytes: 7 * 1024 * 1024 })).rejects.toBeInstanceOf(StorageLimitError);
    await expect(store.putStream("failed/over-small", webStream(mb), { maxBytes: 1024 * 1024 })).rejects.toBeInstanceOf(StorageLimitError);
    expect(await keysIn("failed/")).toEqual([]);
  });

  it("moves an object to another key; moving a missing one fails", async () => {
    await store.put("incoming/abc", new Uint8Array([1, 2, 3]));
    await store.move("incoming/abc", "attachments/moved");
    expect(await store.get("incoming/abc")).toBeNull();
    expect(await store.get("attachments/moved")).toEqual(new Uint8Array([1, 2, 3]));
    await expect(store.move("incoming/abc", "attachments/other")).rejects.toThrow();
    expect(await keysIn("attachments/other")).toEqual([]);
  });

  it("removes the objects directly under a prefix written before a time", async () => {
    await store.put("sweep/a", new Uint8Array([1]));
    await store.put("sweep/b", new Uint8Array([2]));
    await store.put("kept/c", new Uint8Array([3]));
    expect(await store.deleteOlderThan("sweep", new Date(Date.now() - 3600_000))).toBe(0);
    expect(await store.deleteOlderThan("sweep", new Date(Date.now() + 60_000))).toBe(2);
    expect(await keysIn("sweep/")).toEqual([]);
    expect(await keysIn("kept/")).toEqual(["kept/c"]);
  });
});
