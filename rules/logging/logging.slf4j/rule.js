// @ts-check
// SLF4J loggers → log/slog (Go) / the support logger (TS): maps the Logger type, LoggerFactory,
// every level call and isXEnabled(); reports each logger declared and each call whose `{}`
// placeholders and arguments disagree.

import { loggingRule } from "../structured-log.js";

export default loggingRule({
  id: "logging.slf4j",
  title: "SLF4J logger",
  library: "SLF4J",
  logger: "org.slf4j.Logger",
  factory: "org.slf4j.LoggerFactory",
  factoryMethod: "getLogger",
  placeholders: true,
  lombok: "lombok.extern.slf4j.Slf4j",
});
