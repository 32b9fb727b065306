/** Bahasa Indonesia by default, English on request; the choice is kept in this browser. */
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./locales/en.ts";
import { id } from "./locales/id.ts";

const saved = typeof localStorage === "undefined" ? null : localStorage.getItem("payung.lang");

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: saved === "en" ? "en" : "id",
  fallbackLng: "id",
  interpolation: { escapeValue: false },
});

export function setLanguage(lang: "id" | "en"): void {
  localStorage.setItem("payung.lang", lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

export default i18n;
