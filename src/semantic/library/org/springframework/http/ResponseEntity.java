// Spring MVC response entity and its fluent builders (signatures only).
package org.springframework.http;

public class ResponseEntity<T> extends HttpEntity<T> {
    public ResponseEntity(HttpStatus status) {}
    public ResponseEntity(T body, HttpStatus status) {}
    public ResponseEntity(T body, HttpHeaders headers, HttpStatus status) {}

    public HttpStatus getStatusCode();
    public int getStatusCodeValue();

    public static <T> ResponseEntity<T> ok(T body);
    public static BodyBuilder ok();
    public static BodyBuilder status(HttpStatus status);
    public static BodyBuilder status(int status);
    public static BodyBuilder created(java.net.URI location);
    public static BodyBuilder accepted();
    public static BodyBuilder badRequest();
    public static BodyBuilder internalServerError();
    public static BodyBuilder unprocessableEntity();
    public static HeadersBuilder<?> noContent();
    public static HeadersBuilder<?> notFound();

    public interface HeadersBuilder<B extends HeadersBuilder<B>> {
        B header(String headerName, String... headerValues);
        B headers(HttpHeaders headers);
        <T> ResponseEntity<T> build();
    }

    public interface BodyBuilder extends HeadersBuilder<BodyBuilder> {
        BodyBuilder contentType(MediaType contentType);
        BodyBuilder contentLength(long contentLength);
        <T> ResponseEntity<T> body(T body);
    }
}
