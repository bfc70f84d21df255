/**
 * The compiled form of a rule expression: a small, JSON-serialisable tree. Parsing TypeScript (slow to load)
 * produces it once; evaluation only ever sees this form, so a cached or precompiled standard never needs the
 * TypeScript parser.
 */
export type Ir =
  | { t: 'lit'; v: string | number | boolean | null }
  | { t: 'undef' }
  | { t: 'var'; n: string }
  | { t: 'get'; o: Ir; k: string }
  | { t: 'idx'; o: Ir; i: Ir }
  | { t: 'call'; f: LibraryFunction; a: Ir[] }
  | { t: 'method'; o: Ir; m: MethodName; a: Ir[] }
  | { t: 'unary'; op: '!' | '-' | '+'; a: Ir }
  | { t: 'bin'; op: BinaryOp; l: Ir; r: Ir }
  | { t: 'and' | 'or' | 'nullish'; l: Ir; r: Ir }
  | { t: 'cond'; c: Ir; a: Ir; b: Ir }
  | { t: 'array'; e: Ir[] }
  | { t: 'template'; q: string[]; e: Ir[] }
  | { t: 'fn'; p: string[]; b: Ir };

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '<' | '<=' | '>' | '>=' | '===' | '!==';

export const libraryFunctions = [
  'count',
  'sum',
  'min',
  'max',
  'unique',
  'flat',
  'includesAll',
  'daysSince',
  'daysBetween',
  'matches',
  'keys',
  'values',
  'isDefined',
  'closest',
] as const;
export type LibraryFunction = (typeof libraryFunctions)[number];

export const arrayMethods = [
  'every',
  'some',
  'filter',
  'map',
  'find',
  'findIndex',
  'includes',
  'indexOf',
  'slice',
  'join',
] as const;
export const stringMethods = ['startsWith', 'endsWith', 'includes', 'toLowerCase', 'toUpperCase', 'trim', 'slice'] as const;
export type MethodName = (typeof arrayMethods)[number] | (typeof stringMethods)[number];

/** Methods whose first argument is a callback called with (element, index). */
export const callbackMethods = new Set<string>(['every', 'some', 'filter', 'map', 'find', 'findIndex']);
/** Library functions whose second argument is a callback called with (element, index). */
export const callbackFunctions = new Set<string>(['count', 'sum', 'min', 'max']);

/** A parsed `message` template: literal text between `{{ expression }}` holes. */
export interface TemplateIr {
  text: string[];
  holes: Ir[];
}
