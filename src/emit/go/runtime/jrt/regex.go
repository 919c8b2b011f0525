// String.split/replaceAll/replaceFirst/matches on Go's regexp (RE2).
//
// Java and RE2 agree on the syntax programs commonly use (classes, \s \d \w,
// alternation, quantifiers, groups). RE2 has no backreferences, lookaround or
// possessive quantifiers; such patterns raise PatternSyntaxException here so
// the failure is loud. Java's split result rules (no leading empty string
// for a zero-width match at 0, trailing empties removed when limit == 0) are
// reproduced on top.

package jrt

import (
	"regexp"
	"strings"
	"sync"
)

var regexCache sync.Map // string -> *regexp.Regexp

// CompileRegex compiles a Java regex (cached), panicking with
// PatternSyntaxException when RE2 cannot express it.
func CompileRegex(pattern string) *regexp.Regexp {
	if re, ok := regexCache.Load(pattern); ok {
		return re.(*regexp.Regexp)
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		panic(NewPatternSyntaxException(err.Error() + " near index 0\n" + pattern))
	}
	regexCache.Store(pattern, re)
	return re
}

// isLiteralSplit mirrors Java's split fast path: a single char that is not
// a regex metacharacter, or a backslash-escaped non-alphanumeric char.
func isLiteralSplit(regex string) (string, bool) {
	if len(regex) == 1 && !strings.ContainsRune(".$|()[{^?*+\\", rune(regex[0])) {
		return regex, true
	}
	if len(regex) == 2 && regex[0] == '\\' {
		c := regex[1]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && c < 0x80 {
			return regex[1:], true
		}
	}
	return "", false
}

// Split is s.split(regex, limit); pass 0 for the one-argument form.
func Split(s, regex string, limit int32) []string {
	var matches [][]int
	if lit, ok := isLiteralSplit(regex); ok {
		for i := 0; ; {
			j := strings.Index(s[i:], lit)
			if j < 0 {
				break
			}
			matches = append(matches, []int{i + j, i + j + len(lit)})
			i += j + len(lit)
		}
	} else {
		matches = CompileRegex(regex).FindAllStringIndex(s, -1)
	}
	var parts []string
	index := 0
	for _, m := range matches {
		if limit > 0 && int32(len(parts)) >= limit-1 {
			break
		}
		if m[1] == 0 && m[0] == 0 {
			continue // zero-width match at the start yields no leading ""
		}
		parts = append(parts, s[index:m[0]])
		index = m[1]
	}
	if index == 0 && len(parts) == 0 {
		return []string{s}
	}
	parts = append(parts, s[index:])
	if limit == 0 {
		for len(parts) > 0 && parts[len(parts)-1] == "" {
			parts = parts[:len(parts)-1]
		}
	}
	return parts
}

// javaReplacement converts a Java replacement string ($1, ${name}, \x) to
// a Go Expand template.
func javaReplacement(repl string) string {
	if !strings.ContainsAny(repl, "$\\") {
		return strings.ReplaceAll(repl, "$", "$$")
	}
	var b strings.Builder
	for i := 0; i < len(repl); i++ {
		c := repl[i]
		switch c {
		case '\\':
			i++
			if i >= len(repl) {
				panic(NewIllegalArgumentException("character to be escaped is missing"))
			}
			if repl[i] == '$' {
				b.WriteString("$$")
			} else {
				b.WriteByte(repl[i])
			}
		case '$':
			i++
			if i >= len(repl) {
				panic(NewIllegalArgumentException("Illegal group reference: group index is missing"))
			}
			if repl[i] == '{' {
				j := strings.IndexByte(repl[i:], '}')
				if j < 0 {
					panic(NewIllegalArgumentException("named capturing group is missing trailing '}'"))
				}
				b.WriteString("${" + repl[i+1:i+j] + "}")
				i += j
				continue
			}
			if repl[i] < '0' || repl[i] > '9' {
				panic(NewIllegalArgumentException("Illegal group reference"))
			}
			b.WriteString("${" + repl[i:i+1] + "}")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// ReplaceAll is s.replaceAll(regex, replacement).
func ReplaceAll(s, regex, repl string) string {
	return CompileRegex(regex).ReplaceAllString(s, javaReplacement(repl))
}

// ReplaceFirst is s.replaceFirst(regex, replacement).
func ReplaceFirst(s, regex, repl string) string {
	re := CompileRegex(regex)
	m := re.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	out := re.ExpandString(nil, javaReplacement(repl), s, m)
	return s[:m[0]] + string(out) + s[m[1]:]
}

// Matches is s.matches(regex): the whole string must match.
func Matches(s, regex string) bool {
	return CompileRegex(`^(?:` + regex + `)$`).MatchString(s)
}
