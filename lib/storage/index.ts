import "server-only";
import { env } from "@/lib/env";
import { localStorage } from "./local";
import { s3Storage } from "./s3";
import type { FileStorage } from "./storage";

export type { FileStorage } from "./storage";

let current: FileStorage | undefined;

/** The configured file storage: an S3-compatible bucket when S3_BUCKET is set, else the folder STORAGE_DIR. */
export function fileStorage(): FileStorage {
  current ??= env.S3_BUCKET
    ? s3Storage({
        bucket: env.S3_BUCKET,
        region: env.S3_REGION,
        endpoint: env.S3_ENDPOINT,
        accessKeyId: env.S3_ACCESS_KEY_ID ?? "",
        secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "",
        forcePathStyle: env.S3_FORCE_PATH_STYLE,
      })
    : localStorage(env.STORAGE_DIR);
  return current;
}
