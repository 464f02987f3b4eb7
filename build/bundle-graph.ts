/** The parts of a Rollup/Rolldown output chunk that the build plugins here read. */
export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  imports: string[];
  dynamicImports: string[];
  isEntry: boolean;
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  viteMetadata?: { importedCss: Set<string> };
}

export type BundleLike = Record<string, { type: string }>;

export function chunksOf(bundle: BundleLike): ChunkLike[] {
  return Object.values(bundle).filter((f) => f.type === 'chunk') as unknown as ChunkLike[];
}

/** The files `roots` load statically (and through import() too, when `dynamic`). */
export function closure(bundle: BundleLike, roots: string[], dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const chunk = bundle[name] as ChunkLike | undefined;
    if (seen.has(name) || !chunk || chunk.type !== 'chunk') return;
    seen.add(name);
    chunk.imports.forEach(visit);
    if (dynamic) chunk.dynamicImports.forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}
