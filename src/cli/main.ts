import { helpText, commandHelp } from './help.js';
import { runCheck } from './check-command.js';
import { runExplain } from './explain-command.js';
import { runTest } from './test-command.js';
import { runLintStandard } from './lint-standard-command.js';
import { runSchema } from './schema-command.js';
import { runInit } from './init-command.js';
import { runDocs } from './docs-command.js';
import { runCompare } from './compare-command.js';
import { UsageError } from './usage-error.js';
import { toolVersion } from '../paths.js';

type Command = (args: string[]) => Promise<number> | number;

const commands: Record<string, Command> = {
  check: runCheck,
  explain: runExplain,
  test: runTest,
  'lint-standard': runLintStandard,
  schema: runSchema,
  init: runInit,
  docs: runDocs,
  compare: runCompare,
};

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    process.stdout.write(topic && commandHelp[topic] ? commandHelp[topic] : helpText);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${toolVersion}\n`);
    return 0;
  }
  const command = commands[first];
  if (!command) throw new UsageError(`unknown command "${first}"; run \`ringfence --help\``);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(commandHelp[first] ?? helpText);
    return 0;
  }
  return command(rest);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`ringfence: ${error.message}\n`);
  } else {
    // A bug in ringfence itself: say so plainly; the stack only on request.
    process.stderr.write(`ringfence: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (process.env['RINGFENCE_DEBUG']) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  }
  process.exitCode = 2;
}
