package jrt

import (
	"context"
	"log/slog"
	"slices"
)

// Logger is a Java logger field (SLF4J's LoggerFactory.getLogger, Lombok's
// @Slf4j) as a *slog.Logger: records carry the Java logger name as the
// "logger" attribute and go to slog.Default() as it is when the record is
// written, so a handler installed in main after package initialisation still
// receives them (slog.Default().With would capture the handler of init time).
func Logger(name string) *slog.Logger {
	return slog.New(defaultHandler{attrs: []slog.Attr{slog.String("logger", name)}})
}

// defaultHandler forwards to slog.Default()'s handler, adding its attributes.
type defaultHandler struct{ attrs []slog.Attr }

func (h defaultHandler) current() slog.Handler {
	return slog.Default().Handler().WithAttrs(h.attrs)
}

func (h defaultHandler) Enabled(ctx context.Context, level slog.Level) bool {
	return slog.Default().Handler().Enabled(ctx, level)
}

func (h defaultHandler) Handle(ctx context.Context, r slog.Record) error {
	return h.current().Handle(ctx, r)
}

func (h defaultHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return defaultHandler{attrs: append(slices.Clip(h.attrs), attrs...)}
}

func (h defaultHandler) WithGroup(name string) slog.Handler {
	return h.current().WithGroup(name)
}

// LogEnabled is SLF4J's isDebugEnabled() and friends.
func LogEnabled(l *slog.Logger, level slog.Level) bool {
	return l.Enabled(context.Background(), level)
}

// LevelTrace is SLF4J's TRACE, below slog's Debug.
const LevelTrace = slog.LevelDebug - 4
