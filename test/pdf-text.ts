import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * The text of a PDF as a reader would copy it: each line ends with a newline, pages are separated
 * by a form feed. The legacy build of pdfjs-dist 5.6 runs on Node 20 (later versions need 22).
 */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  // pdfjs takes the bytes over (detaches them): give it a copy, not the caller's Buffer.
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(
        content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""),
      );
    }
    return pages.join("\f");
  } finally {
    await doc.destroy();
  }
}
