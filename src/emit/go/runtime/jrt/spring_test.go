package jrt

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// serve runs one request through Handler with the given advice and handler body.
func serve(t *testing.T, url string, advice []Advice, handle func(x *Exchange) any) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	Handler(advice, http.StatusOK, handle)(w, httptest.NewRequest(http.MethodGet, url, nil))
	return w
}

func TestResponseEntityIsWrittenAsSpringDoes(t *testing.T) {
	w := serve(t, "/x", nil, func(*Exchange) any { return ResponseEntityStatus(201).Header("Location", "/x/1").Body("made") })
	if w.Code != 201 || w.Body.String() != `"made"` || w.Header().Get("Location") != "/x/1" {
		t.Errorf("status(201).header(…).body(…): got %d %q %q", w.Code, w.Body.String(), w.Header().Get("Location"))
	}
	w = serve(t, "/x", nil, func(*Exchange) any { return ResponseEntityNotFound().Build() })
	if w.Code != 404 || w.Body.Len() != 0 {
		t.Errorf("notFound().build(): got %d %q", w.Code, w.Body.String())
	}
}

func TestBindingFailuresGoThroughTheAdvice(t *testing.T) {
	qty := func(x *Exchange) any { return Param[int32](x, "query", "qty", "int", true, "", false) }
	// No advice: Spring answers the exception's own status with its message.
	w := serve(t, "/q?qty=abc", nil, qty)
	want := `{"status":400,"error":"Bad Request","message":"Failed to convert value of type 'java.lang.String' to required type 'int'; nested exception is java.lang.NumberFormatException: For input string: \"abc\"","path":"/q"}`
	if w.Code != 400 || w.Body.String() != want {
		t.Errorf("type mismatch without advice: got %d %s", w.Code, w.Body.String())
	}
	w = serve(t, "/q", nil, qty)
	if w.Code != 400 || !strings.Contains(w.Body.String(), "Required request parameter 'qty' for method parameter type int is not present") {
		t.Errorf("missing parameter without advice: got %d %s", w.Code, w.Body.String())
	}
	// An @ExceptionHandler(Exception.class) takes both, as in Spring.
	advice := []Advice{{Classes: []string{"java.lang.Exception"}, Status: 500, Handle: func(e ThrowableI) any { return e.JavaClassName() }}}
	w = serve(t, "/q?qty=abc", advice, qty)
	if w.Code != 500 || w.Body.String() != `"org.springframework.web.method.annotation.MethodArgumentTypeMismatchException"` {
		t.Errorf("type mismatch with advice: got %d %s", w.Code, w.Body.String())
	}
}
