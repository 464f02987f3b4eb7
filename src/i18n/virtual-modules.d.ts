/** build/start-texts.ts: the start page's share of a language's texts, by namespace. */
declare module 'virtual:start-texts/*' {
  const texts: Record<string, Record<string, unknown>>;
  export default texts;
}

/** build/start-texts.ts: whole minutes to read the quick check, per language. */
declare module 'virtual:quick-minutes' {
  const minutes: Record<'nl' | 'en', number>;
  export default minutes;
}
