// citation-js ships no type declarations; these cover the part of its API Claimtrail uses.

declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
  }

  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
  }

  export const plugins: {
    config: {
      get(plugin: "@csl"): { styles: Register<string>; locales: Register<string> };
    };
  };
}

declare module "@citation-js/plugin-csl";
