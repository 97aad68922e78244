import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/fs/atomic-write.ts
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFileAtomic(path, text) {
  const temp = join(dirname(path), `.${basename(path)}.pinship-${randomBytes(4).toString("hex")}`);
  const mode = (await stat(path).catch(() => void 0))?.mode;
  try {
    await writeFile(temp, text, mode === void 0 ? {} : { mode: mode & 4095 });
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
async function prepareWritable(path) {
  if ((await stat(path).catch(() => void 0))?.isDirectory()) throw new Error(`${path} is a directory`);
  await mkdir(dirname(path), { recursive: true });
  const probe = join(dirname(path), `.${basename(path)}.pinship-probe-${randomBytes(4).toString("hex")}`);
  await writeFile(probe, "", { flag: "wx" });
  await rm(probe, { force: true });
}

export {
  writeFileAtomic,
  prepareWritable
};
