package jrt

import (
	"os"
	"path/filepath"
	"testing"
)

var testFiles = []ConfigSource{
	{Profile: "", Values: map[string]string{"greeting.text": "${GREETING:hello}", "greeting.times": "1", "spring.profiles.active": "dev"}},
	{Profile: "dev", Values: map[string]string{"greeting.times": "3"}},
	{Profile: "prod", Values: map[string]string{"greeting.times": "5"}},
}

func TestConfigValuesOrder(t *testing.T) {
	t.Setenv("GREETING", "")
	os.Unsetenv("GREETING")
	v, err := ConfigValues(map[string]string{"greeting.times": "0", "only.java": "j"}, testFiles)
	if err != nil || v["greeting.text"] != "hello" || v["greeting.times"] != "3" || v["only.java"] != "j" {
		t.Fatalf("defaults and the active profile from the file: %v %v", v, err)
	}
	t.Setenv("SPRING_PROFILES_ACTIVE", "prod")
	t.Setenv("GREETING", "hi")
	file := filepath.Join(t.TempDir(), "app.properties")
	os.WriteFile(file, []byte("# comment\nonly.java = from file\n"), 0o644)
	t.Setenv("JAVA2X_CONFIG_FILE", file)
	v, _ = ConfigValues(map[string]string{"only.java": "j"}, testFiles)
	if v["greeting.text"] != "hi" || v["greeting.times"] != "5" || v["only.java"] != "from file" {
		t.Fatalf("environment profile, placeholder from the environment, the file: %v", v)
	}
	t.Setenv("GREETING_TIMES", "7")
	v, _ = ConfigValues(nil, testFiles)
	if v["greeting.times"] != "7" {
		t.Fatalf("the environment overrides files: %v", v)
	}
}

func TestConfigLoadError(t *testing.T) {
	t.Setenv("GREETING_TIMES", "many")
	_, err := ConfigLoad(nil, testFiles, func(c Config) int32 { return ConfigValue[int32](c, "${greeting.times}") })
	if err == nil {
		t.Fatal("a value that does not convert is an error")
	}
	var r ConfigReload[int]
	got := 0
	r.On(func(n int) { got = n })
	if n, _ := r.Run(func() (int, error) { return 4, nil }); n != 4 || got != 4 {
		t.Fatalf("reload hooks run with the new value: %d %d", n, got)
	}
}
