// What every page renderer needs besides the catalog: where the site lives and its built assets.

/** The built assets, as paths relative to the site root (hashed names from the build). */
export interface Assets {
  css: string;
  /** The tiny script on every page that loads the paste box on first use. */
  loader: string;
  /** The paste box: core's classify() and masking, bundled. Loaded by the loader, never by a page. */
  paste: string;
  /** The index's filter box (index pages only). */
  filter: string;
}

/** Options of one render. */
export interface RenderContext {
  /** Absolute base URL of the deployed site (`SITE_URL`), or `null`: then no canonical URLs or sitemap. */
  siteUrl: string | null;
  assets: Assets;
}

/** A rendered file: its path relative to the site root and its content. */
export interface SiteFile {
  path: string;
  content: string;
}
