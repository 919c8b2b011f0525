// Shared helpers for the runtime tests: reading the JDK-generated golden tables in ./data.
import { readFileSync } from "node:fs";

const dataDir = new URL("./data/", import.meta.url);
export function table(name: string): string[][] {
  return readFileSync(new URL(name, dataDir), "utf8")
    .split("\n")
    .filter((l) => l.length > 0 && !l.startsWith("#"))
    .map((l) => l.split("\t"));
}
export function doubleFromHex(h: string): number {
  const v = new DataView(new ArrayBuffer(8));
  v.setBigUint64(0, BigInt("0x" + h));
  return v.getFloat64(0);
}

export function readData(name: string): string {
  return readFileSync(new URL(name, dataDir), "utf8");
}
