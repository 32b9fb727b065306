import { describe, expect, it } from "vitest";
import { pdfText } from "../../test/pdf-text.ts";
import { renderPdf } from "./pdf.ts";

describe("renderPdf", () => {
  it("renders A4 text in Roboto, Indonesian and symbols included", async () => {
    const pdf = await renderPdf({
      content: ["Kartu Peserta — Bukan Penerima Upah", "3603••••••••0011 · 2 × 24 jam"],
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    expect(await pdfText(pdf)).toBe("Kartu Peserta — Bukan Penerima Upah\n3603••••••••0011 · 2 × 24 jam");
  });

  it("reaches neither the network nor the disk from a document", async () => {
    await expect(
      renderPdf({ content: [{ image: "logo" }], images: { logo: "https://example.com/logo.png" } }),
    ).rejects.toThrow(/denied/);
    await expect(renderPdf({ content: [{ image: "/etc/hostname" }] })).rejects.toThrow(/denied/);
    await expect(
      renderPdf({ content: [{ svg: '<svg width="10" height="10"><image href="/etc/hostname"/></svg>' }] }),
    ).rejects.toThrow(/<image>/);
  });
});
