/**
 * PDF documents (member cards, letters, reports) through pdfmake 0.3, on the server: A4, Roboto
 * from the pdfmake package, nothing fetched. A document definition may carry names and other text
 * from the database, so it is never allowed to reach the network or the disk: pdfmake's URL policy
 * refuses every URL and its local policy every file but the four Roboto fonts. Images must be
 * data URLs; SVG must not hold <image> (svg-to-pdfkit would open its href past the local policy).
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";

export type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve("pdfmake/fonts/Roboto.js")), "Roboto");
const roboto = {
  normal: path.join(fontDir, "Roboto-Regular.ttf"),
  bold: path.join(fontDir, "Roboto-Medium.ttf"),
  italics: path.join(fontDir, "Roboto-Italic.ttf"),
  bolditalics: path.join(fontDir, "Roboto-MediumItalic.ttf"),
};
const fontFiles = new Set(Object.values(roboto));

type PdfMake = typeof import("pdfmake");
let loaded: Promise<PdfMake> | undefined;

/** pdfmake, set up once; imported on first use (≈0.2 s) so commands and startup without PDFs don't pay. */
function pdfmake(): Promise<PdfMake> {
  loaded ??= import("pdfmake").then((module) => {
    const maker = ((module as { default?: PdfMake }).default ?? module) as PdfMake;
    maker.setFonts({ Roboto: roboto });
    maker.setUrlAccessPolicy(() => false);
    maker.setLocalAccessPolicy((file) => fontFiles.has(file));
    return maker;
  });
  return loaded;
}

/** Renders a document (A4, Roboto 10 pt unless it says otherwise) to the bytes of a PDF. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  refuseSvgImages(definition);
  const maker = await pdfmake();
  return maker
    .createPdf({
      pageSize: "A4",
      pageMargins: [48, 48, 48, 56],
      ...definition,
      defaultStyle: { font: "Roboto", fontSize: 10, ...definition.defaultStyle },
    })
    .getBuffer();
}

function refuseSvgImages(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) refuseSvgImages(child);
  } else if (node && typeof node === "object") {
    const svg = (node as { svg?: unknown }).svg;
    if (typeof svg === "string" && /<image\b/i.test(svg)) throw new Error("PDF: an SVG may not hold <image>");
    for (const value of Object.values(node)) if (value && typeof value === "object") refuseSvgImages(value);
  }
}
