/** The category's name in the reader's language. */
export function categoryName(category: { nameEn: string; nameEs: string }, locale: string) {
  return locale === "es" ? category.nameEs : category.nameEn;
}
