import { randomUUID } from "node:crypto";
import { createWriteStream, mkdirSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { assertStorageKey, limitedStream, type FileStorage } from "./storage";

/** Files in a folder on this machine: the default, needing no configuration. */
export function localStorage(root: string): FileStorage {
  const base = path.resolve(root);
  const fileOf = (key: string) => {
    assertStorageKey(key);
    return path.join(base, ...key.split("/"));
  };
  /**
   * Writes through a part file beside the target, renamed at the end: a crash mid-write leaves no
   * partial file under the key. `write` starts at once (the folder is made synchronously), so that
   * a stream that fails early already has its reader.
   */
  async function writeBeside(key: string, write: (temp: string) => Promise<void>) {
    const file = fileOf(key);
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${randomUUID()}.part`;
    try {
      await write(temp);
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
  return {
    async put(key, data) {
      await writeBeside(key, (temp) => writeFile(temp, data, { flag: "wx" }));
    },
    async putStream(key, stream, { maxBytes }) {
      const limited = limitedStream(stream, maxBytes);
      try {
        await writeBeside(key, (temp) => pipeline(limited.source, limited.counted, createWriteStream(temp, { flags: "wx" })));
      } catch (error) {
        limited.source.destroy();
        throw error;
      }
      return { size: limited.size() };
    },
    async move(from, to) {
      const source = fileOf(from);
      const target = fileOf(to);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(source, target);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(fileOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
    async deleteOlderThan(prefix, before) {
      const folder = fileOf(prefix);
      let names: string[];
      try {
        names = await readdir(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
        throw error;
      }
      let count = 0;
      for (const name of names) {
        const file = path.join(folder, name);
        const info = await stat(file).catch(() => null);
        if (!info?.isFile() || info.mtime >= before) continue;
        await rm(file, { force: true });
        count++;
      }
      return count;
    },
  };
}
