/** build/start-texts.ts: the start page's share of a language's texts, by namespace. */
declare module 'virtual:start-texts/*' {
  const texts: Record<string, Record<string, unknown>>;
  export default texts;
}

/** build/start-texts.ts: the words of everything the quick check shows, per language. */
declare module 'virtual:quick-words' {
  const words: Record<'nl' | 'en', number>;
  export default words;
}
