/**
 * Package URLs (github.com/package-url/purl-spec): `pkg:type/namespace/name@version?qualifiers#subpath`. Only the
 * type and name are read; the type names the package's ecosystem, and where an ecosystem is one language's, the
 * language. Ecosystems of several languages (conan, generic, OS packages) name none: ringfence says nothing rather
 * than guess.
 */
export interface Purl {
  type: string;
  name: string;
  namespace?: string;
  version?: string;
}

const purlPattern = /^pkg:([a-zA-Z.+-][a-zA-Z0-9.+-]*)\/+([^?#]+?)(?:\?[^#]*)?(?:#.*)?$/;

export function parsePurl(s: string): Purl | undefined {
  if (s.length > 2048) return undefined;
  const m = purlPattern.exec(s);
  if (!m) return undefined;
  const type = m[1]!.toLowerCase();
  let rest = m[2]!;
  let version: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at > 0) {
    version = safeDecode(rest.slice(at + 1));
    rest = rest.slice(0, at);
  }
  const parts = rest.split('/').filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  const name = safeDecode(parts[parts.length - 1]!);
  const namespace = parts.length > 1 ? parts.slice(0, -1).map(safeDecode).join('/') : undefined;
  return { type, name, ...(namespace ? { namespace } : {}), ...(version ? { version } : {}) };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The language of a purl type's ecosystem: `word` as people say it, and `language` as the manifest's Language
 * enum has it (schemas/vendor-manifest.schema.json: c, cpp, asm, objc, rust, go, csharp, java, swift, other).
 */
export const ecosystemLanguages: Readonly<Record<string, { word: string; language: string }>> = {
  cargo: { word: 'Rust', language: 'rust' },
  golang: { word: 'Go', language: 'go' },
  nuget: { word: 'C#/.NET', language: 'csharp' },
  maven: { word: 'Java', language: 'java' },
  swift: { word: 'Swift', language: 'swift' },
  npm: { word: 'JavaScript', language: 'other' },
  pypi: { word: 'Python', language: 'other' },
  gem: { word: 'Ruby', language: 'other' },
  composer: { word: 'PHP', language: 'other' },
  hex: { word: 'Erlang/Elixir', language: 'other' },
  pub: { word: 'Dart', language: 'other' },
  cran: { word: 'R', language: 'other' },
  hackage: { word: 'Haskell', language: 'other' },
};

/** The manifest's Language values, and the words of a `language` property that mean each. */
const languageWords: Readonly<Record<string, string>> = {
  c: 'c',
  'c++': 'cpp',
  cpp: 'cpp',
  cxx: 'cpp',
  asm: 'asm',
  assembly: 'asm',
  objc: 'objc',
  'objective-c': 'objc',
  rust: 'rust',
  go: 'go',
  golang: 'go',
  csharp: 'csharp',
  'c#': 'csharp',
  java: 'java',
  swift: 'swift',
};

/** A stated language (an SBOM property) as a manifest Language value, or undefined when it names none of them. */
export function languageOf(word: string): string | undefined {
  return languageWords[word.trim().toLowerCase()];
}
