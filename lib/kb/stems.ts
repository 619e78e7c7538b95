import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as spanish } from "@orama/stemmers/spanish";

// Snowball stems in both portal languages, so "impresoras" finds "impresora" and "printers" finds
// "printer" whatever the article's language. Words come in lower-cased and without accents (as
// both indexes store them); a word's stems in either language are kept.

/** The English and Spanish stems of one normalized word (the word itself when it has none). */
export function stemsOf(word: string): string[] {
  return [...new Set([english(word), spanish(word)].filter((s) => s.length > 0))];
}

/** Every distinct stem of a text's words, space-separated: the SQLite index's "stems" column. */
export function stemText(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && w.length <= 40);
  const stems = new Set<string>();
  for (const word of new Set(words)) for (const stem of stemsOf(word)) stems.add(stem);
  return [...stems].join(" ");
}
