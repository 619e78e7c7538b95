import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { s3Storage } from "./s3";
import type { FileStorage } from "./storage";

// Against a real S3-compatible server (s3rver, from npm) on a random local port.
let server: S3rver;
let dir: string;
let store: FileStorage;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "portico-s3-"));
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: dir, configureBuckets: [{ name: "portico-test", configs: [] }] });
  const address: AddressInfo = await server.run();
  store = s3Storage({
    bucket: "portico-test",
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${address.port}`,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  });
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
});
