import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

type OptionValues<T> = {
  [K in keyof T]?: T[K] extends { type: 'string'; multiple: true } ? string[] : T[K] extends { type: 'string' } ? string : boolean;
};

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T): { values: OptionValues<T>; positionals: string[] } {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true }) as unknown as { values: OptionValues<T>; positionals: string[] };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function useColor(stream: NodeJS.WriteStream, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '') return false;
  if (process.env['FORCE_COLOR'] !== undefined && process.env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true;
}
