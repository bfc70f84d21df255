import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../util/did-you-mean.js';
import { UsageError } from './usage-error.js';

type OptionValues<T> = {
  [K in keyof T]?: T[K] extends { type: 'string'; multiple: true } ? string[] : T[K] extends { type: 'string' } ? string : boolean;
};

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T): { values: OptionValues<T>; positionals: string[] } {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true }) as unknown as { values: OptionValues<T>; positionals: string[] };
  } catch (error) {
    throw new UsageError(usageMessage(error as NodeJS.ErrnoException, options));
  }
}

/** Node's parseArgs errors in ringfence's words, with the option a typo probably meant. */
export function usageMessage(error: NodeJS.ErrnoException, options: NonNullable<ParseArgsConfig['options']>): string {
  const names = Object.keys(options).map((n) => `--${n}`);
  const quoted = /'([^']*)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted !== undefined) {
    const given = quoted.split('=')[0]!;
    const hint = given.startsWith('--') ? didYouMean(given, names) : undefined;
    return `unknown option ${given}${hint ? `; did you mean ${hint}?` : `; the options are ${[...names].sort().join(', ')}`} (a value that starts with - goes after --)`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted !== undefined) {
    // Node names the option as '-f, --format <value>' or '--quiet'.
    const name = /--[A-Za-z0-9-]+/.exec(quoted)?.[0] ?? quoted.split(' ')[0]!;
    return /argument missing/.test(error.message) ? `${name} needs a value` : `${name} takes no value`;
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && quoted !== undefined) return `unexpected argument "${quoted}": this command takes none`;
  return error.message;
}

export function useColor(stream: NodeJS.WriteStream, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '') return false;
  if (process.env['FORCE_COLOR'] !== undefined && process.env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true;
}
