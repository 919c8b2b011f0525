// Spring HTTP status codes: the common constants and accessors (signatures only).
package org.springframework.http;

public enum HttpStatus {
    CONTINUE, OK, CREATED, ACCEPTED, NO_CONTENT, MOVED_PERMANENTLY, FOUND, NOT_MODIFIED,
    BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, CONFLICT, GONE,
    UNPROCESSABLE_ENTITY, TOO_MANY_REQUESTS, INTERNAL_SERVER_ERROR, NOT_IMPLEMENTED,
    BAD_GATEWAY, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT;

    public int value();
    public String getReasonPhrase();
    public boolean is2xxSuccessful();
    public boolean is4xxClientError();
    public boolean is5xxServerError();
    public boolean isError();
    public static HttpStatus valueOf(int statusCode);
    public static HttpStatus resolve(int statusCode);
}
