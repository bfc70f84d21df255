import { UsageError } from './usage-error.js';

type Command = (args: string[]) => Promise<number> | number;

/** Each command is loaded only when it runs, so a check never pays for the code of the others. */
const commands: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check-command.js')).runCheck,
  compare: async () => (await import('./compare-command.js')).runCompare,
  merge: async () => (await import('./merge-command.js')).runMerge,
  explain: async () => (await import('./explain-command.js')).runExplain,
  import: async () => (await import('./import-command.js')).runImport,
  test: async () => (await import('./test-command.js')).runTest,
  'lint-standard': async () => (await import('./lint-standard-command.js')).runLintStandard,
  schema: async () => (await import('./schema-command.js')).runSchema,
  init: async () => (await import('./init-command.js')).runInit,
  docs: async () => (await import('./docs-command.js')).runDocs,
  attest: async () => (await import('./attest-command.js')).runAttest,
  verify: async () => (await import('./attest-command.js')).runVerify,
  keygen: async () => (await import('./attest-command.js')).runKeygen,
  vouch: async () => (await import('./vouch-command.js')).runVouch,
};

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  const help = () => import('./help.js');
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    const { helpText, commandHelp } = await help();
    process.stdout.write(topic && commandHelp[topic] ? commandHelp[topic] : helpText);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${(await import('../paths.js')).toolVersion}\n`);
    return 0;
  }
  const load = commands[first];
  if (!load) {
    // Loaded only on this path: help and the commands themselves do not need it.
    const hint = (await import('../util/did-you-mean.js')).didYouMean(first, Object.keys(commands));
    throw new UsageError(`unknown command "${first}"${hint ? `; did you mean "${hint}"?` : ''}; run \`ringfence --help\``);
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    const { helpText, commandHelp } = await help();
    process.stdout.write(commandHelp[first] ?? helpText);
    return 0;
  }
  return (await load())(rest);
}

// A reader that stops early (`ringfence check fleet/ | head`) closes the pipe: stop quietly, with the status of a
// Unix tool that SIGPIPE ended (128 + 13). Any other failure to write standard output is reported.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`ringfence: cannot write to standard output: ${error.code ?? error.message}\n`);
  process.exit(error.code === 'EPIPE' ? 141 : 2);
});

/** Runs the command line; a function, not top-level code, so that the CLI can also be bundled as CommonJS. */
async function run(): Promise<void> {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    // Messages can quote paths and values from the command line or a file: inert and one bounded line on the terminal.
    const { terminalSafe } = await import('../../reporters/sanitize.js');
    const { capMessage } = await import('../model/problem.js');
    const say = (text: string) => terminalSafe(capMessage(text));
    if (error instanceof UsageError) {
      process.stderr.write(`ringfence: ${say(error.message)}\n`);
    } else {
      // A bug in ringfence itself: say so plainly; the stack only on request.
      process.stderr.write(`ringfence: internal error: ${say((error as Error)?.message ?? String(error))}\n`);
      if (process.env['RINGFENCE_DEBUG']) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    }
    process.exitCode = 2;
  }
}

void run();
