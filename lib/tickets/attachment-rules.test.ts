import { describe, expect, it } from "vitest";
import { EXE, HTML, PDF, PNG, SVG } from "@/test/files";
import { checkUploadContent, cleanFileName, isInlineType } from "./attachment-rules";

describe("judging an upload by its content", () => {
  it("accepts images and PDFs whose name agrees with their bytes", async () => {
    expect(await checkUploadContent("screen.PNG", PNG)).toEqual({ ok: true, contentType: "image/png" });
    expect(await checkUploadContent("invoice.pdf", PDF)).toEqual({ ok: true, contentType: "application/pdf" });
  });

  it("refuses a program, whatever its name", async () => {
    expect(await checkUploadContent("invoice.pdf", EXE)).toEqual({ ok: false, error: "typeNotAllowed" });
    expect(await checkUploadContent("setup.exe", EXE)).toEqual({ ok: false, error: "typeNotAllowed" });
  });

  it("refuses a file whose name says one type and whose bytes another", async () => {
    expect(await checkUploadContent("photo.png", HTML)).toEqual({ ok: false, error: "typeMismatch" });
    expect(await checkUploadContent("photo.jpg", PNG)).toEqual({ ok: false, error: "typeMismatch" });
    expect(await checkUploadContent("notes.txt", PDF)).toEqual({ ok: false, error: "typeMismatch" });
  });

  it("accepts text files by name only when the bytes are text", async () => {
    expect(await checkUploadContent("error.log", new TextEncoder().encode("line 1\nlínea 2\n"))).toEqual({ ok: true, contentType: "text/plain" });
    expect(await checkUploadContent("error.log", new Uint8Array([0x00, 0x01, 0x02, 0xff]))).toEqual({ ok: false, error: "typeMismatch" });
    expect(await checkUploadContent("noname", new TextEncoder().encode("hello"))).toEqual({ ok: false, error: "typeNotAllowed" });
  });

  it("keeps SVG and HTML as their own types, never shown inline", async () => {
    const svg = await checkUploadContent("logo.svg", SVG);
    const html = await checkUploadContent("page.html", HTML);
    expect(svg).toEqual({ ok: true, contentType: "image/svg+xml" });
    expect(html).toEqual({ ok: true, contentType: "text/html" });
    expect(isInlineType("image/svg+xml")).toBe(false);
    expect(isInlineType("text/html")).toBe(false);
    expect(isInlineType("image/png")).toBe(true);
    expect(isInlineType("application/pdf")).toBe(true);
  });
});

describe("file names", () => {
  it("drops folders, control characters and quotes", () => {
    expect(cleanFileName("C:\\Users\\me\\report.pdf")).toBe("report.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName('a"b\r\nc.txt')).toBe("abc.txt");
    expect(cleanFileName("..")).toBe("file");
    expect(cleanFileName("año.pdf")).toBe("año.pdf");
  });
});
