// @ts-check
// Log4j2 loggers → log/slog (Go) / the support logger (TS), like SLF4J: the same `{}` formats.

import { loggingRule } from "../structured-log.js";

export default loggingRule({
  id: "logging.log4j2",
  title: "Log4j2 logger",
  library: "Log4j2",
  logger: "org.apache.logging.log4j.Logger",
  factory: "org.apache.logging.log4j.LogManager",
  factoryMethod: "getLogger",
  placeholders: true,
  lombok: "lombok.extern.log4j.Log4j2",
});
