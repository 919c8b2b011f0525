package jrt

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"sync"
)

// ConfigSource is one application*.yml / .properties document of the Java
// service, flattened to a.b.c keys, with the profile it applies to ("" for
// every profile).
type ConfigSource struct {
	Profile string
	Values  map[string]string
}

// ConfigValues merges the configuration of a generated internal/config in
// Spring Boot's order: the defaults written in the Java (@Value("${k:d}"),
// property initialisers), the default-profile files, the files of the active
// profiles (SPRING_PROFILES_ACTIVE, else spring.profiles.active), the
// key=value file named by JAVA2X_CONFIG_FILE, then the environment (a.b-c is
// A_BC). ${key:default} placeholders in values are resolved at the end.
func ConfigValues(javaDefaults map[string]string, files []ConfigSource) (map[string]string, error) {
	v := map[string]string{}
	for k, x := range javaDefaults {
		v[k] = x
	}
	merge := func(profile string) {
		for _, f := range files {
			if f.Profile == profile {
				for k, x := range f.Values {
					v[k] = x
				}
			}
		}
	}
	merge("")
	active, ok := os.LookupEnv("SPRING_PROFILES_ACTIVE")
	if !ok {
		active = resolvePlaceholders(v, v["spring.profiles.active"])
	}
	for _, p := range strings.Split(active, ",") {
		if p = strings.TrimSpace(p); p != "" {
			merge(p)
		}
	}
	if path := os.Getenv("JAVA2X_CONFIG_FILE"); path != "" {
		if err := readProperties(path, v); err != nil {
			return nil, err
		}
	}
	for k := range v {
		if x, ok := os.LookupEnv(envName(k)); ok {
			v[k] = x
		}
	}
	out := make(map[string]string, len(v))
	for k, x := range v {
		out[k] = resolvePlaceholders(v, x)
	}
	return out, nil
}

// readProperties adds the key=value (or key: value) lines of a file to v;
// # and ! start comments.
func readProperties(path string, v map[string]string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	defer f.Close()
	lines := bufio.NewScanner(f)
	for lines.Scan() {
		line := strings.TrimSpace(lines.Text())
		if line == "" || line[0] == '#' || line[0] == '!' {
			continue
		}
		if i := strings.IndexAny(line, "=:"); i > 0 {
			v[strings.TrimSpace(line[:i])] = strings.TrimSpace(line[i+1:])
		}
	}
	return lines.Err()
}

// resolvePlaceholders replaces each ${key:default} in s by the key's value,
// the environment's, or the default; a placeholder none of them answers is
// kept as written (Spring fails only when such a value is injected).
func resolvePlaceholders(v map[string]string, s string) string {
	var b strings.Builder
	for {
		start := strings.Index(s, "${")
		if start < 0 {
			break
		}
		end := strings.Index(s[start:], "}")
		if end < 0 {
			break
		}
		end += start
		b.WriteString(s[:start])
		key, def, hasDef := strings.Cut(s[start+2:end], ":")
		if x, ok := v[key]; ok && !strings.Contains(x, "${"+key) {
			b.WriteString(x)
		} else if x, ok := os.LookupEnv(envName(key)); ok {
			b.WriteString(x)
		} else if hasDef {
			b.WriteString(def)
		} else {
			b.WriteString(s[start : end+1])
		}
		s = s[end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// ConfigLoad builds a typed configuration from the merged values; a required
// key without a value, or a value that does not convert, is an error instead
// of a panic.
func ConfigLoad[T any](javaDefaults map[string]string, files []ConfigSource, build func(Config) T) (cfg T, err error) {
	values, err := ConfigValues(javaDefaults, files)
	if err != nil {
		return cfg, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("config: %s", ToString(r))
		}
	}()
	return build(Config{Values: values}), nil
}

// ConfigReload is the reload hook of a generated configuration: Run loads it
// again and hands it to every function registered with On (what Spring's
// @RefreshScope and Nacos's autoRefreshed did when the source changed).
type ConfigReload[T any] struct {
	mu    sync.Mutex
	hooks []func(T)
}

// On registers f to receive each reloaded configuration.
func (r *ConfigReload[T]) On(f func(T)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.hooks = append(r.hooks, f)
}

// Run loads the configuration with load and, when that succeeds, calls the hooks in registration order.
func (r *ConfigReload[T]) Run(load func() (T, error)) (T, error) {
	cfg, err := load()
	if err != nil {
		return cfg, err
	}
	r.mu.Lock()
	hooks := append([]func(T){}, r.hooks...)
	r.mu.Unlock()
	for _, f := range hooks {
		f(cfg)
	}
	return cfg, nil
}
