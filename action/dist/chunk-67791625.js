import { fileURLToPath } from "node:url";
// dist/src/layout.js
const here = (file) => new URL(file, import.meta.url);
const workerScript = () => fileURLToPath(here("./worker.js"));
const reporterModule = (name) => here(`./format-${name}.js`).href;
const validatorFile = (name) => fileURLToPath(here(`./validators/${name}.cjs`));
const buildIdFile = () => fileURLToPath(here("./build-id"));
const cliEntry = () => fileURLToPath(here("./ringfence.js"));
export { workerScript as a, validatorFile as i, cliEntry as n, reporterModule as r, buildIdFile as t };
