import { describe, expect, it } from "vitest";
import { CsvParser, type CsvRecord, csvRow, detectDelimiter } from "./csv.ts";

function parseAll(text: string, delimiter = ",", chunkSize = text.length): CsvRecord[] {
  const parser = new CsvParser(delimiter);
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunkSize)
    parser.push(text.slice(i, i + chunkSize), (r) => out.push(r));
  parser.end((r) => out.push(r));
  return out;
}

describe("CsvParser", () => {
  it("parses quoted fields, doubled quotes, CRLF and keeps blank records", () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""",3\r\n\r\nlast,,"multi\nline"\n';
    const cells = parseAll(text).map((r) => r.cells);
    expect(cells).toEqual([["a", "b", "c"], ["x, y", 'say "hi"', "3"], [""], ["last", "", "multi\nline"]]);
  });

  it("gives the same records whatever the chunk size", () => {
    const text = 'n;"q;""x"""\r\n1;2\n"a\r\nb";c\n;\n';
    const whole = parseAll(text, ";");
    for (const size of [1, 2, 3, 5, 7]) expect(parseAll(text, ";", size)).toEqual(whole);
  });

  it("marks an unterminated quote as broken and keeps its text", () => {
    const [first, second] = parseAll('a,b\n"open,b\n');
    expect(first.broken).toBe(false);
    expect(second.broken).toBe(true);
    expect(second.cells[0]).toContain("open");
  });

  it("reads a last line without a line end", () => {
    expect(parseAll("a,b\n1,2").map((r) => r.cells)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("detects comma, semicolon and tab delimiters", () => {
    expect(detectDelimiter("NIK,NAMA,ALAMAT")).toBe(",");
    expect(detectDelimiter("NIK;NAMA;ALAMAT, RT")).toBe(";");
    expect(detectDelimiter("NIK\tNAMA\tALAMAT")).toBe("\t");
  });
});

describe("csvRow", () => {
  it("keeps text that looks like a formula inert, quotes what needs quoting, leaves numbers alone", () => {
    expect(csvRow(['=HYPERLINK("http://x")', "+62812", "-", "@SUM(A1)", "Siti, Hj.", -5, null])).toBe(
      `"'=HYPERLINK(""http://x"")",'+62812,'-,'@SUM(A1),"Siti, Hj.",-5,`,
    );
  });
});
