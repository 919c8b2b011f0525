// Support for the code java2x generates from Spring facts (internal/app): @Value lookups,
// net/http handlers with Spring's parameter binding and error advice, and JSON shaped like
// Jackson's (Java property names, Java collections as arrays and objects).

package jrt

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Config answers @Value("${key:default}") lookups: explicit values first, then the environment
// with Spring Boot's relaxed binding (server.port is SERVER_PORT), then the default in the
// expression.
type Config struct {
	Values map[string]string
}

// envName is Spring Boot's environment-variable form of a property key.
func envName(key string) string {
	return strings.ToUpper(strings.NewReplacer(".", "_", "-", "").Replace(key))
}

// Resolve is the text of a @Value expression: each ${key:default} placeholder replaced.
func (c Config) Resolve(expr string) string {
	var b strings.Builder
	for {
		start := strings.Index(expr, "${")
		end := strings.Index(expr[max(start, 0):], "}")
		if start < 0 || end < 0 {
			b.WriteString(expr)
			return b.String()
		}
		end += start
		b.WriteString(expr[:start])
		key, def, hasDef := strings.Cut(expr[start+2:end], ":")
		if v, ok := c.Values[key]; ok {
			b.WriteString(v)
		} else if v, ok := os.LookupEnv(envName(key)); ok {
			b.WriteString(v)
		} else if hasDef {
			b.WriteString(def)
		} else {
			panic(NewIllegalArgumentException("Could not resolve placeholder '" + key + "' in value \"" + expr + "\""))
		}
		expr = expr[end+1:]
	}
}

// ConfigValue is a @Value-injected value converted to the field's Go type, as Spring's conversion
// service would (numbers, booleans, comma-separated lists).
func ConfigValue[T any](c Config, expr string) T {
	return convertText[T](c.Resolve(expr))
}

// convertText converts request or configuration text to a Go type of translated Java.
func convertText[T any](s string) T {
	var out T
	switch p := any(&out).(type) {
	case *string:
		*p = s
	case *bool, **bool:
		v := strings.EqualFold(strings.TrimSpace(s), "true")
		if q, ok := p.(*bool); ok {
			*q = v
		} else {
			*p.(**bool) = &v
		}
	case *int32:
		*p = int32(parseIntText(s, 32))
	case **int32:
		*p = BoxInt32(int32(parseIntText(s, 32)))
	case *int64:
		*p = parseIntText(s, 64)
	case **int64:
		*p = BoxInt64(parseIntText(s, 64))
	case *float64:
		*p = parseFloatText(s)
	case **float64:
		v := parseFloatText(s)
		*p = &v
	case **ArrayList[string]:
		*p = NewArrayList(splitList(s)...)
	case **ArrayList[*int64]:
		l := NewArrayList[*int64]()
		for _, x := range splitList(s) {
			l.Add(BoxInt64(parseIntText(x, 64)))
		}
		*p = l
	case **ArrayList[*int32]:
		l := NewArrayList[*int32]()
		for _, x := range splitList(s) {
			l.Add(BoxInt32(int32(parseIntText(x, 32))))
		}
		*p = l
	default:
		panic(NewIllegalArgumentException(fmt.Sprintf("java2x: cannot convert %q to %T", s, out)))
	}
	return out
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

func parseIntText(s string, bits int) int64 {
	v, err := strconv.ParseInt(strings.TrimSpace(s), 10, bits)
	if err != nil {
		panic(NewNumberFormatException("For input string: \"" + s + "\""))
	}
	return v
}

func parseFloatText(s string) float64 {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		panic(NewNumberFormatException("For input string: \"" + s + "\""))
	}
	return v
}

// BeanStep runs one step of the composition root (creating a bean, an init or destroy method).
// An exception is recorded in failures instead of stopping the others: a skeleton with stubbed
// constructors still serves the routes whose beans built (Spring would refuse to start).
func BeanStep(failures *[]string, name string, step func()) {
	if _, thrown := Catching(func() int { step(); return 0 }); thrown != nil {
		*failures = append(*failures, name+": "+ThrowableToString(thrown))
	}
}

// BeanFailures is the error of the steps that failed, or nil.
func BeanFailures(failures []string) error {
	if len(failures) == 0 {
		return nil
	}
	return fmt.Errorf("%d bean step(s) failed:\n  %s", len(failures), strings.Join(failures, "\n  "))
}

// Exchange is one HTTP request being handled, with Spring's ways to read its parts.
type Exchange struct {
	W http.ResponseWriter
	R *http.Request
	// Status is the response status for a normal return (@ResponseStatus, default 200).
	Status int
}

// WebException is an exception Spring MVC throws while binding a request (a missing parameter, a
// value that does not convert, an unreadable body): it goes through the @ExceptionHandler advice
// like any other, and answers Status when no advice handles it.
type WebException struct {
	Throwable
	class  string
	Status int
}

// JavaClassName implements ThrowableI.
func (e *WebException) JavaClassName() string { return e.class }

// springWebExceptions lists Spring's binding exceptions with their superclass and the status
// Spring answers when no advice handles them.
var springWebExceptions = []struct {
	class, super string
	status       int
}{
	{"javax.servlet.ServletException", "java.lang.Exception", 500},
	{"org.springframework.web.bind.ServletRequestBindingException", "javax.servlet.ServletException", 400},
	{"org.springframework.web.bind.MissingRequestValueException", "org.springframework.web.bind.ServletRequestBindingException", 400},
	{"org.springframework.web.bind.MissingServletRequestParameterException", "org.springframework.web.bind.MissingRequestValueException", 400},
	{"org.springframework.web.bind.MissingRequestHeaderException", "org.springframework.web.bind.MissingRequestValueException", 400},
	{"org.springframework.web.bind.MissingPathVariableException", "org.springframework.web.bind.MissingRequestValueException", 500},
	{"org.springframework.core.NestedRuntimeException", "java.lang.RuntimeException", 500},
	{"org.springframework.beans.BeansException", "org.springframework.core.NestedRuntimeException", 500},
	{"org.springframework.beans.PropertyAccessException", "org.springframework.beans.BeansException", 500},
	{"org.springframework.beans.TypeMismatchException", "org.springframework.beans.PropertyAccessException", 400},
	{"org.springframework.web.method.annotation.MethodArgumentTypeMismatchException", "org.springframework.beans.TypeMismatchException", 400},
	{"org.springframework.http.converter.HttpMessageConversionException", "org.springframework.core.NestedRuntimeException", 500},
	{"org.springframework.http.converter.HttpMessageNotReadableException", "org.springframework.http.converter.HttpMessageConversionException", 400},
}

func init() {
	for _, c := range springWebExceptions {
		RegisterClass(c.class, c.super)
	}
}

// throwWeb raises the Spring exception named by the last segment of its class, e.g.
// "MissingServletRequestParameterException".
func throwWeb(simpleName, message string, cause ThrowableI) {
	for _, c := range springWebExceptions {
		if strings.HasSuffix(c.class, "."+simpleName) {
			e := &WebException{class: c.class, Status: c.status}
			e.SetMessage(message)
			if cause != nil {
				e.InitCause(cause)
			}
			Throw(e)
		}
	}
	panic("jrt: unknown Spring web exception " + simpleName)
}

// Param is @PathVariable, @RequestParam or @RequestHeader: the value converted to T (javaType
// names the parameter's type in Spring's messages); a missing value takes the default (when
// hasDefault), is the zero value when not required, or is Spring's Missing…Exception.
func Param[T any](x *Exchange, source, name, javaType string, required bool, def string, hasDefault bool) T {
	var raw string
	var ok bool
	switch source {
	case "path":
		raw = x.R.PathValue(name)
		ok = raw != ""
	case "query":
		values, found := x.R.URL.Query()[name]
		raw, ok = strings.Join(values, ","), found
	case "header":
		raw = x.R.Header.Get(name)
		ok = raw != ""
	}
	if !ok {
		switch {
		case hasDefault:
			raw = def
		case required:
			switch source {
			case "path":
				throwWeb("MissingPathVariableException", "Required URI template variable '"+name+"' for method parameter type "+javaType+" is not present", nil)
			case "header":
				throwWeb("MissingRequestHeaderException", "Required request header '"+name+"' for method parameter type "+javaType+" is not present", nil)
			default:
				throwWeb("MissingServletRequestParameterException", "Required request parameter '"+name+"' for method parameter type "+javaType+" is not present", nil)
			}
		default:
			var zero T
			return zero
		}
	}
	defer func() {
		if r := recover(); r != nil {
			cause := ToThrowable(r)
			throwWeb("MethodArgumentTypeMismatchException", "Failed to convert value of type 'java.lang.String' to required type '"+javaType+"'; nested exception is "+ThrowableToString(cause), cause)
		}
	}()
	return convertText[T](raw)
}

// Body is @RequestBody: the JSON body decoded into T; a missing or malformed body is
// HttpMessageNotReadableException.
func Body[T any](x *Exchange) T {
	var out T
	data, err := io.ReadAll(x.R.Body)
	switch {
	case err == nil && strings.TrimSpace(string(data)) == "":
		throwWeb("HttpMessageNotReadableException", "Required request body is missing", nil)
	case err == nil:
		err = decodeJSON(data, &out)
	}
	if err != nil {
		throwWeb("HttpMessageNotReadableException", "JSON parse error: "+err.Error(), nil)
	}
	return out
}

// decodeJSON is json.Unmarshal, with java.util.Map[string, V] targets built as LinkedHashMaps.
func decodeJSON(data []byte, out any) error {
	if m, ok := out.(*Map[string, string]); ok {
		var plain map[string]string
		if err := json.Unmarshal(data, &plain); err != nil {
			return err
		}
		h := NewLinkedHashMap[string, string](false)
		keys := make([]string, 0, len(plain))
		for k := range plain {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			h.Put(k, plain[k])
		}
		*m = h
		return nil
	}
	return json.Unmarshal(data, out)
}

// Advice is one @ExceptionHandler of a @ControllerAdvice: the exception classes it handles, its
// @ResponseStatus (0 when none: 200) and the call of the handler method.
type Advice struct {
	Classes []string
	Status  int
	Handle  func(thrown ThrowableI) any
}

// Handler is a route: it runs the handler (binding included), writes its result as JSON, and maps
// an escaping exception through the advice with the closest exception class, as Spring's
// ExceptionHandlerExceptionResolver does; an unhandled one answers its status (500, or a binding
// exception's own) with Spring Boot's error body.
func Handler(advice []Advice, status int, handle func(x *Exchange) any) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		x := &Exchange{W: w, R: r, Status: status}
		var result any
		_, thrown := Catching(func() int { result = handle(x); return 0 })
		entity, isEntity := result.(*ResponseEntity)
		switch {
		case thrown != nil:
			adviseOrFail(w, r, advice, thrown)
		case isEntity && entity != nil:
			writeEntity(w, entity)
		case x.Status > 0:
			writeJSON(w, x.Status, result)
		}
	}
}

func adviseOrFail(w http.ResponseWriter, r *http.Request, advice []Advice, thrown ThrowableI) {
	class := ClassNameOf(thrown)
	var chosen *Advice
	best := -1
	for i := range advice {
		for _, c := range advice[i].Classes {
			if d := classDistance(class, c); d >= 0 && (best < 0 || d < best) {
				chosen, best = &advice[i], d
			}
		}
	}
	if chosen == nil {
		if web, ok := thrown.(*WebException); ok {
			writeJSON(w, web.Status, springError(web.Status, web.GetMessage(), r))
			return
		}
		writeJSON(w, http.StatusInternalServerError, springError(http.StatusInternalServerError, ThrowableToString(thrown), r))
		return
	}
	var body any
	if _, again := Catching(func() int { body = chosen.Handle(thrown); return 0 }); again != nil {
		writeJSON(w, http.StatusInternalServerError, springError(http.StatusInternalServerError, ThrowableToString(again), r))
		return
	}
	writeJSON(w, max(chosen.Status, http.StatusOK), body)
}

// springError is the shape of Spring Boot's default error response.
func springError(status int, message string, r *http.Request) any {
	return JSONObject(JSONField("status", status), JSONField("error", http.StatusText(status)), JSONField("message", message), JSONField("path", r.URL.Path))
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	data, err := json.Marshal(body)
	if err != nil {
		status, data = http.StatusInternalServerError, []byte(`{"status":500,"error":"Internal Server Error"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(data)
}

// JSONProperty is one property of a JSON object, in the order Jackson writes it.
type JSONProperty struct {
	name  string
	value any
}

// JSONField is a property for JSONObject.
func JSONField(name string, value any) JSONProperty { return JSONProperty{name, value} }

// JSONOrdered is a JSON object whose properties keep their order.
type JSONOrdered []JSONProperty

// JSONObject is an object with the properties in the given order.
func JSONObject(props ...JSONProperty) JSONOrdered { return props }

// MarshalJSON writes the properties in order.
func (o JSONOrdered) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, p := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(p.name)
		v, err := json.Marshal(p.value)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// DecodeProperty reads one property of a JSON object into a setter (Jackson's setter binding).
func DecodeProperty[T any](fields map[string]json.RawMessage, name string, set func(T)) error {
	raw, ok := fields[name]
	if !ok {
		return nil
	}
	var v T
	if err := decodeJSON(raw, &v); err != nil {
		return err
	}
	set(v)
	return nil
}

// MarshalJSON writes a list as a JSON array, as Jackson does.
func (l *ArrayList[E]) MarshalJSON() ([]byte, error) {
	if l.Items() == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(l.Items())
}

// UnmarshalJSON reads a JSON array into the list.
func (l *ArrayList[E]) UnmarshalJSON(data []byte) error {
	return json.Unmarshal(data, &l.a)
}

// MarshalJSON writes a map as a JSON object keyed by the keys' toString, in iteration order.
func (m *HashMap[K, V]) MarshalJSON() ([]byte, error) { return marshalEntries(m.Entries()) }

// MarshalJSON writes a sorted map as a JSON object keyed by the keys' toString, in key order.
func (m *TreeMap[K, V]) MarshalJSON() ([]byte, error) { return marshalEntries(m.Entries()) }

func marshalEntries[K, V any](entries []*MapEntry[K, V]) ([]byte, error) {
	props := make(JSONOrdered, 0, len(entries))
	for _, e := range entries {
		props = append(props, JSONField(ToString(e.Key), e.Value))
	}
	return props.MarshalJSON()
}

// MarshalJSON writes an enum constant as its name, as Jackson does.
func (e *Enum) MarshalJSON() ([]byte, error) { return json.Marshal(e.name) }

// ResponseEntity is org.springframework.http.ResponseEntity as handlers build it: a status, the
// headers set on the builder and an optional body (a builder is the entity it will build).
// Handler writes it as Spring does: that status, those headers, the body as JSON or nothing.
type ResponseEntity struct {
	status  int32
	header  http.Header
	body    any
	hasBody bool
}

func responseEntity(status int32, body []any) *ResponseEntity {
	e := &ResponseEntity{status: status, header: http.Header{}}
	if len(body) > 0 {
		e.body, e.hasBody = body[0], true
	}
	return e
}

// ResponseEntityOk is ResponseEntity.ok() and ok(body).
func ResponseEntityOk(body ...any) *ResponseEntity { return responseEntity(http.StatusOK, body) }

// ResponseEntityStatus is ResponseEntity.status(int).
func ResponseEntityStatus(status int32) *ResponseEntity { return responseEntity(status, nil) }

// ResponseEntityAccepted is ResponseEntity.accepted().
func ResponseEntityAccepted() *ResponseEntity { return responseEntity(http.StatusAccepted, nil) }

// ResponseEntityBadRequest is ResponseEntity.badRequest().
func ResponseEntityBadRequest() *ResponseEntity { return responseEntity(http.StatusBadRequest, nil) }

// ResponseEntityNoContent is ResponseEntity.noContent().
func ResponseEntityNoContent() *ResponseEntity { return responseEntity(http.StatusNoContent, nil) }

// ResponseEntityNotFound is ResponseEntity.notFound().
func ResponseEntityNotFound() *ResponseEntity { return responseEntity(http.StatusNotFound, nil) }

// ResponseEntityInternalServerError is ResponseEntity.internalServerError().
func ResponseEntityInternalServerError() *ResponseEntity {
	return responseEntity(http.StatusInternalServerError, nil)
}

// ResponseEntityUnprocessableEntity is ResponseEntity.unprocessableEntity().
func ResponseEntityUnprocessableEntity() *ResponseEntity {
	return responseEntity(http.StatusUnprocessableEntity, nil)
}

// Body is BodyBuilder.body(x): the entity with that body.
func (e *ResponseEntity) Body(body any) *ResponseEntity {
	return &ResponseEntity{status: e.status, header: e.header.Clone(), body: body, hasBody: true}
}

// Build is HeadersBuilder.build(): the entity without a body.
func (e *ResponseEntity) Build() *ResponseEntity {
	return &ResponseEntity{status: e.status, header: e.header.Clone()}
}

// Header is HeadersBuilder.header(name, values...).
func (e *ResponseEntity) Header(name string, values ...string) *ResponseEntity {
	for _, v := range values {
		e.header.Add(name, v)
	}
	return e
}

// GetStatusCodeValue is ResponseEntity.getStatusCodeValue().
func (e *ResponseEntity) GetStatusCodeValue() int32 { return e.status }

// JavaClassName implements JavaClassNamer.
func (*ResponseEntity) JavaClassName() string { return "org.springframework.http.ResponseEntity" }

func writeEntity(w http.ResponseWriter, e *ResponseEntity) {
	for name, values := range e.header {
		w.Header()[name] = values
	}
	if !e.hasBody {
		w.WriteHeader(int(e.status))
		return
	}
	writeJSON(w, int(e.status), e.body)
}
