// java.util.Random with Java's exact 48-bit LCG, so seeded programs produce
// the same sequence (including nextInt(bound)'s rejection loop and
// nextGaussian's cached second value).

package jrt

import (
	"math"
	"sync/atomic"
	"time"
)

const (
	randMultiplier = 0x5DEECE66D
	randAddend     = 0xB
	randMask       = 1<<48 - 1
)

// Random is java.util.Random.
type Random struct {
	seed                 int64
	nextNextGaussian     float64
	haveNextNextGaussian bool
}

var seedUniquifier atomic.Int64

func init() { seedUniquifier.Store(8682522807148012) }

// NewRandom is new Random() (seeded from the clock, like Java: not reproducible).
func NewRandom() *Random {
	u := seedUniquifier.Add(0) * 1181783497276652981
	seedUniquifier.Store(u)
	return NewRandomSeed(u ^ time.Now().UnixNano())
}

// NewRandomSeed is new Random(seed).
func NewRandomSeed(seed int64) *Random {
	r := &Random{}
	r.SetSeed(seed)
	return r
}

// SetSeed is setSeed(seed).
func (r *Random) SetSeed(seed int64) {
	r.seed = (seed ^ randMultiplier) & randMask
	r.haveNextNextGaussian = false
}

func (r *Random) next(bits uint) int32 {
	r.seed = (r.seed*randMultiplier + randAddend) & randMask
	return int32(uint64(r.seed) >> (48 - bits))
}

// NextInt is nextInt().
func (r *Random) NextInt() int32 { return r.next(32) }

// NextIntBound is nextInt(bound).
func (r *Random) NextIntBound(bound int32) int32 {
	if bound <= 0 {
		panic(NewIllegalArgumentException("bound must be positive"))
	}
	v := r.next(31)
	m := bound - 1
	if bound&m == 0 {
		return int32(int64(bound) * int64(v) >> 31)
	}
	for u := v; ; u = r.next(31) {
		v = u % bound
		if u-v+m >= 0 { // int overflow here is Java's rejection test
			return v
		}
	}
}

// NextIntRange is nextInt(origin, bound) (Java 17).
func (r *Random) NextIntRange(origin, bound int32) int32 {
	if origin >= bound {
		panic(NewIllegalArgumentException("bound must be greater than origin"))
	}
	v := r.NextInt()
	n := bound - origin
	m := n - 1
	switch {
	case n&m == 0:
		return v&m + origin
	case n > 0:
		for u := int32(uint32(v) >> 1); ; u = int32(uint32(r.NextInt()) >> 1) {
			v = u % n
			if u+m-v >= 0 {
				return v + origin
			}
		}
	default:
		for v < origin || v >= bound {
			v = r.NextInt()
		}
		return v
	}
}

// NextLong is nextLong().
func (r *Random) NextLong() int64 { return int64(r.next(32))<<32 + int64(r.next(32)) }

// NextBoolean is nextBoolean().
func (r *Random) NextBoolean() bool { return r.next(1) != 0 }

// NextFloat is nextFloat().
func (r *Random) NextFloat() float32 { return float32(r.next(24)) / float32(1<<24) }

// NextDouble is nextDouble().
func (r *Random) NextDouble() float64 {
	return float64(int64(r.next(26))<<27+int64(r.next(27))) * 0x1.0p-53
}

// NextGaussian is nextGaussian() (polar method, StrictMath.log/sqrt).
func (r *Random) NextGaussian() float64 {
	if r.haveNextNextGaussian {
		r.haveNextNextGaussian = false
		return r.nextNextGaussian
	}
	for {
		v1 := 2*r.NextDouble() - 1
		v2 := 2*r.NextDouble() - 1
		s := v1*v1 + v2*v2
		if s < 1 && s != 0 {
			multiplier := math.Sqrt(-2 * math.Log(s) / s)
			r.nextNextGaussian = v2 * multiplier
			r.haveNextNextGaussian = true
			return v1 * multiplier
		}
	}
}

// NextBytes is nextBytes(bytes).
func (r *Random) NextBytes(b []int8) {
	for i := 0; i < len(b); {
		for rnd, n := r.NextInt(), min(len(b)-i, 4); n > 0; n-- {
			b[i] = int8(rnd)
			rnd >>= 8
			i++
		}
	}
}

// MathRandom is Math.random() (not reproducible, as in Java).
func MathRandom() float64 { return mathRandom.NextDouble() }

var mathRandom = NewRandom()
