import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { assertStorageKey, limitedStream, StorageLimitError, type FileStorage } from "./storage";

export type S3Options = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style addressing (endpoint/bucket/key), which MinIO and most self-hosted servers need. */
  forcePathStyle: boolean;
};

/** Files in an S3-compatible bucket (AWS, MinIO, Garage, Ceph…). */
export function s3Storage(options: S3Options): FileStorage {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // Checksums only when the operation requires them: many S3-compatible servers reject the rest.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = options.bucket;
  return {
    async put(key, data) {
      assertStorageKey(key);
      // A PUT is atomic on S3: the object appears whole or not at all.
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: data, ContentLength: data.byteLength }));
    },
    async putStream(key, stream, { maxBytes }) {
      assertStorageKey(key);
      const limited = limitedStream(stream, maxBytes);
      limited.source.on("error", (error) => limited.counted.destroy(error));
      limited.source.pipe(limited.counted);
      // A multipart upload of 5 MB parts, one at a time (the most it holds); it becomes an object only
      // when completed, and is aborted when the stream fails, so a half-written file is never visible.
      const upload = new Upload({ client, params: { Bucket, Key: key, Body: limited.counted }, queueSize: 1, partSize: 5 * 1024 * 1024, leavePartsOnError: false });
      try {
        await upload.done();
      } catch (error) {
        limited.source.destroy();
        limited.counted.destroy();
        // Over the limit is the answer even when the server also refused to abort the parts.
        if (limited.size() > maxBytes) throw new StorageLimitError(maxBytes);
        throw error;
      }
      return { size: limited.size() };
    },
    async move(from, to) {
      assertStorageKey(from);
      assertStorageKey(to);
      // S3 has no rename: a copy inside the bucket, then the original goes.
      await client.send(new CopyObjectCommand({ Bucket, Key: to, CopySource: `${Bucket}/${from}` }));
      await client.send(new DeleteObjectCommand({ Bucket, Key: from }));
    },
    async get(key) {
      assertStorageKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return object.Body ? await object.Body.transformToByteArray() : null;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
        throw error;
      }
    },
    async delete(key) {
      assertStorageKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async deleteOlderThan(prefix, before) {
      assertStorageKey(prefix);
      let count = 0;
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: `${prefix}/`, Delimiter: "/", ContinuationToken }));
        for (const object of page.Contents ?? []) {
          if (!object.Key || !object.LastModified || object.LastModified >= before) continue;
          await client.send(new DeleteObjectCommand({ Bucket, Key: object.Key }));
          count++;
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return count;
    },
  };
}
