// @ts-check
// Apache Commons Logging (`Log`, `LogFactory.getLog`) → log/slog (Go) / the support logger (TS).
// Messages are plain objects, not `{}` formats: the message is logged as text, a Throwable as `err`.

import { loggingRule } from "../structured-log.js";

export default loggingRule({
  id: "logging.commons-logging",
  title: "Commons Logging log",
  library: "Commons Logging",
  logger: "org.apache.commons.logging.Log",
  factory: "org.apache.commons.logging.LogFactory",
  factoryMethod: "getLog",
  placeholders: false,
  lombok: "lombok.extern.apachecommons.CommonsLog",
});
