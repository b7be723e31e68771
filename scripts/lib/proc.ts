import { spawn, type SpawnOptions } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

/** Runs a command to completion, inheriting stdio; resolves with its exit code. */
export function run(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", cwd: ROOT, ...opts });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

export async function runOrThrow(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<void> {
  const code = await run(cmd, args, opts);
  if (code !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} exited with ${code}`);
}

/** prisma CLI; the Wasm schema engine needs DATABASE_URL set for every command. */
export function prisma(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return runOrThrow(BIN("prisma"), args, { env: { ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" } });
}
