// Load hrss_policy into Pyodide (the runtime of xlwings Lite) without any network access,
// then run smoke.py inside it.
//
// Usage: node smoke.mjs WHEEL_DIR
//   WHEEL_DIR holds the hrss_policy wheel, the pure-Python wheels of its dependencies
//   (attrs, python-dateutil, six, holidays) and xlwings' pure-Python wheel (the one
//   xlwings Lite loads). Pyodide itself comes from node_modules.
//
// Offline by construction: Pyodide is given its own node_modules folder as indexURL, so it
// reads its wasm, stdlib and lock file with `fs`; wheels are unpacked into site-packages
// from bytes read here; and fetch/WebSocket are replaced by functions that throw, so any
// attempt to reach the network fails the run instead of passing quietly.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const here = dirname(fileURLToPath(import.meta.url));
const networkAttempts = [];
function refuseNetwork(what) {
  return (...args) => {
    networkAttempts.push(`${what}(${String(args[0])})`);
    throw new Error(`network access refused in the offline smoke test: ${what}(${args[0]})`);
  };
}
globalThis.fetch = refuseNetwork("fetch");
globalThis.WebSocket = refuseNetwork("WebSocket");

const wheelDir = process.argv[2];
if (!wheelDir) {
  console.error("usage: node smoke.mjs WHEEL_DIR");
  process.exit(2);
}
const wheels = readdirSync(wheelDir).filter((f) => f.endsWith(".whl"));
const impure = wheels.filter((f) => !/-none-any\.whl$/.test(f));
if (impure.length) {
  console.error(`not pure-Python wheels (Pyodide cannot load them): ${impure.join(", ")}`);
  process.exit(1);
}
if (!wheels.some((f) => f.startsWith("hrss_policy-"))) {
  console.error(`no hrss_policy wheel in ${wheelDir}`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const indexURL = dirname(require.resolve("pyodide/package.json")) + "/";
const { loadPyodide } = await import("pyodide");

const t0 = performance.now();
const pyodide = await loadPyodide({ indexURL, stdout: console.log, stderr: console.error });
const loadMs = performance.now() - t0;
console.log(`pyodide ${pyodide.version} (Python ${pyodide.runPython("import sys; sys.version.split()[0]")}) loaded from ${indexURL} in ${loadMs.toFixed(0)} ms`);

for (const wheel of wheels.sort()) {
  // unpackArchive with format "wheel" extracts into site-packages, as an installer would.
  // It wants a plain Uint8Array: a Node Buffer is refused.
  try {
    pyodide.unpackArchive(new Uint8Array(readFileSync(join(wheelDir, wheel))), "wheel");
  } catch (err) {
    console.error(`could not install ${wheel}: ${String(err).split("\n").slice(-3).join(" ")}`);
    process.exit(1);
  }
  console.log(`installed ${basename(wheel)}`);
}

// smoke.py (the library), then smoke_excel.py (the worksheet functions through xlwings),
// in one interpreter. A script that defines an async main() has it awaited.
let failed = false;
for (const script of ["smoke.py", "smoke_excel.py"]) {
  try {
    await pyodide.runPythonAsync(readFileSync(resolve(here, script), "utf8"));
    const main = pyodide.globals.get("main");
    if (main) {
      pyodide.globals.delete("main");
      await main();
      main.destroy();
    }
  } catch (err) {
    console.error(`${script}: ${String(err)}`);
    failed = true;
    break;
  }
}
if (networkAttempts.length) {
  console.error(`network was attempted: ${networkAttempts.join("; ")}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
