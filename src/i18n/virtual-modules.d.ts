/** build/framework-start.ts: the start page's share of a language's framework texts. */
declare module 'virtual:framework-start/*' {
  import type { ResourceKey } from 'i18next';
  const texts: ResourceKey;
  export default texts;
}
