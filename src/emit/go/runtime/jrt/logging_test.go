package jrt

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

func TestLoggerFollowsDefault(t *testing.T) {
	log := Logger("com.acme.Demo")
	var buf bytes.Buffer
	old := slog.Default()
	defer slog.SetDefault(old)
	slog.SetDefault(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	log.Info("支付回调", "orderNo", "A1")
	if !LogEnabled(log, slog.LevelDebug) || LogEnabled(log, LevelTrace) {
		t.Fatal("levels follow the handler installed after the logger was made")
	}
	if out := buf.String(); !strings.Contains(out, "logger=com.acme.Demo") || !strings.Contains(out, "orderNo=A1") {
		t.Fatalf("record: %q", out)
	}
}
