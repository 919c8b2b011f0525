// Worker-thread entry of the parse stage: receives batches of file tasks, sends back lowered ASTs
// (the CST never leaves the worker), one reply per batch. A throw while processing a file is
// returned as an error for that file.

import { parentPort, workerData } from "node:worker_threads";
import type { Encoding } from "../project/config.js";
import { processFile, type FileTask } from "./process-file.js";

export type WorkerReply = (
  | { index: number; result: ReturnType<typeof processFile> }
  | { index: number; error: { message: string; stack?: string } }
)[];

const { encoding } = workerData as { encoding: Encoding };
const port = parentPort!;

port.on("message", (batch: FileTask[]) => {
  const reply: WorkerReply = [];
  for (const task of batch) {
    try {
      reply.push({ index: task.index, result: processFile(task, encoding) });
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      reply.push({ index: task.index, error: { message: err.message, stack: err.stack } });
      break;
    }
  }
  port.postMessage(reply);
});
