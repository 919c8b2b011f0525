// @ts-check
// Reads a ThreadPoolExecutor's shape (core, max, queue capacity, rejection policy) from literal
// constructor arguments and prices the worker pool that replaces it.

const CONCURRENT = "java.util.concurrent.";
/** @type {Record<string, string>} */
const POLICIES = {
  AbortPolicy: "AbortPolicy: submit fails when full → select with default returning an error",
  CallerRunsPolicy: "CallerRunsPolicy: the caller runs the task → run inline when the channel is full",
  DiscardPolicy: "DiscardPolicy: the task is dropped silently → select with default that drops",
  DiscardOldestPolicy: "DiscardOldestPolicy: the oldest queued task is dropped → needs a ring buffer, not a channel",
};

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "concurrency.thread-pool-executor",
    title: "ThreadPoolExecutor with an explicit shape",
    category: "mandatory",
    effort: 5,
    fix: "suggest",
    messages: {
      pool: "ThreadPoolExecutor(core={core}, max={max}, queue={queue}, rejection={rejection}): N goroutines reading a channel of capacity {queue}; {policy}",
    },
    risk: { grade: "high", differs: "rejection (when and how a full pool refuses work), ordering, thread identity (ThreadLocal, names from the ThreadFactory), growth from core to max" },
  },
  preconditions: { uses: [`${CONCURRENT}ThreadPoolExecutor`, `${CONCURRENT}ScheduledThreadPoolExecutor`] },
  create(ctx) {
    /** @param {import("../../../src/parse/ast.js").Expr | undefined} e */
    const show = (e) => {
      const v = ctx.constantValue(e);
      return v === undefined || v === null ? "?" : String(v);
    };
    return {
      NewExpr(node) {
        const fqn = ctx.typeFqn(node.type, ctx.file);
        if (fqn !== `${CONCURRENT}ThreadPoolExecutor`) return;
        const [core, max, , , queueArg, ...rest] = node.args;
        let queue = "?";
        if (queueArg?.kind === "NewExpr") {
          const q = ctx.typeFqn(queueArg.type, ctx.file) ?? "";
          // LinkedBlockingQueue() and SynchronousQueue are unbounded and zero-capacity respectively.
          queue = queueArg.args.length ? show(queueArg.args[0]) : q.endsWith("SynchronousQueue") ? "0" : "unbounded";
        }
        // The handler, when given, is the last argument (after an optional ThreadFactory).
        const last = rest.at(-1);
        const lastType = last ? ctx.typeFqn(last.kind === "NewExpr" ? last.type : last, ctx.file) : undefined;
        const isHandler = lastType !== undefined && (lastType.endsWith("Policy") || ctx.isSubtype(lastType, `${CONCURRENT}RejectedExecutionHandler`));
        const policyName = !lastType || !isHandler ? "AbortPolicy (default)" : lastType.endsWith("Policy") ? lastType.slice(lastType.lastIndexOf(".") + 1) : "custom";
        const known = POLICIES[policyName.replace(" (default)", "")];
        const policy = known ?? "a custom RejectedExecutionHandler: translate its body by hand";
        const unknownShape = [show(core), show(max), queue].includes("?");
        ctx.report({
          node,
          messageId: "pool",
          data: { core: show(core), max: show(max), queue, rejection: policyName, policy },
          // Non-literal sizes or a custom policy need a decision, not a mechanical mapping.
          ...(unknownShape || !known ? { effort: 7 } : {}),
        });
      },
    };
  },
};
