package jrt

import (
	"math"
	"strconv"
	"testing"
)

func TestDoubleToStringGolden(t *testing.T) {
	rows := readGolden(t, "doubles.txt")
	bad := 0
	for _, r := range rows {
		bitsv, _ := strconv.ParseUint(r[0], 16, 64)
		if got := DoubleToString(math.Float64frombits(bitsv)); got != r[1] {
			if bad++; bad < 20 {
				t.Errorf("%s: got %s want %s", r[0], got, r[1])
			}
		}
	}
	t.Logf("%d doubles, %d mismatches", len(rows), bad)
}

func TestFloatToStringGolden(t *testing.T) {
	rows := readGolden(t, "floats.txt")
	bad := 0
	for _, r := range rows {
		bitsv, _ := strconv.ParseUint(r[0], 16, 32)
		if got := FloatToString(math.Float32frombits(uint32(bitsv))); got != r[1] {
			if bad++; bad < 20 {
				t.Errorf("%s: got %s want %s", r[0], got, r[1])
			}
		}
	}
	t.Logf("%d floats, %d mismatches", len(rows), bad)
}
