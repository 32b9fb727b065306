import { describe, expect, it } from "vitest";
import { nameKey, soundKey } from "./name-key.ts";

const key = (name: string) => nameKey(name).key;

describe("nameKey", () => {
  it("drops titles and honorifics, however they are punctuated", () => {
    expect(key("H. Ahmad Fauzi")).toBe("AHMAD FAUZI");
    expect(key("Hj. SITI AMINAH, S.Pd.")).toBe("SITI AMINAH");
    expect(key("Drs. H. Endang Suherman, M.Pd")).toBe("ENDANG SUHERMAN");
    expect(key("Ny. Sumarni")).toBe("SUMARNI");
  });

  it("writes every Muhammad the same way", () => {
    for (const name of [
      "M. Soleh",
      "Moh. Soleh",
      "Muh Soleh",
      "Muhammad Soleh",
      "Mochamad Soleh",
      "MUHAMAD SOLEH",
    ]) {
      expect(key(name), name).toBe("MUHAMAD SOLEH");
    }
  });

  it("reads a lone M at the end as an initial, not Muhammad", () => {
    expect(key("Siti M.")).toBe("SITI M");
    expect(key("M. Soleh")).toBe("MUHAMAD SOLEH");
  });

  it("reads old spellings as today's", () => {
    expect(key("Soekarno")).toBe(key("Sukarno"));
    expect(key("Djoko Soesilo")).toBe(key("Joko Susilo"));
    expect(key("Tjitjih")).toBe(key("Cicih"));
    expect(key("Jusuf")).toBe(key("Yusuf"));
    expect(key("Sjamsul")).toBe(key("Syamsul"));
  });

  it("collapses doubled letters and extra spaces", () => {
    expect(key("Abdullah  Rohmann")).toBe(key("Abdulah Rohman"));
  });

  it("sets the father's name after bin/binti aside", () => {
    expect(nameKey("Siti Aminah binti Oman")).toMatchObject({ key: "SITI AMINAH", father: "OMAN" });
    expect(nameKey("Asep bin H. Udin")).toMatchObject({ key: "ASEP", father: "UDIN" });
    expect(nameKey("Asep").father).toBeNull();
  });

  it("keeps a name that is nothing but a title", () => {
    expect(key("H.")).toBe("H");
  });
});

describe("soundKey", () => {
  it("gives spelling variants one key", () => {
    expect(soundKey(nameKey("Supriyadi").words[0])).toBe(soundKey(nameKey("Soeprijadi").words[0]));
    expect(soundKey("SUMARNI")).toBe(soundKey("SOEMARNI".replace("OE", "U")));
    expect(soundKey("AHMAD")).not.toBe(soundKey("ASEP"));
  });
});
