module java2x.dev/jrt-dev

go 1.22
