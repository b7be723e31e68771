// The barcode reader's WebAssembly (zxing-wasm, used by the barcode-detector polyfill on the
// check-in desk) is served by Plenary itself from /zxing/: no page loads anything from
// another origin. Run by `npm install`/`npm ci` (postinstall).
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const from = fileURLToPath(new URL("../node_modules/zxing-wasm/dist/reader/zxing_reader.wasm", import.meta.url));
const to = fileURLToPath(new URL("../public/zxing/zxing_reader.wasm", import.meta.url));
if (existsSync(from)) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
