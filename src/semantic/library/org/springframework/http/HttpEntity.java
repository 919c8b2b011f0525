// Spring HTTP request or response entity: headers and body (signatures only).
package org.springframework.http;

public class HttpEntity<T> {
    public HttpEntity() {}
    public HttpEntity(T body) {}
    public HttpEntity(HttpHeaders headers) {}
    public HttpEntity(T body, HttpHeaders headers) {}
    public HttpHeaders getHeaders();
    public T getBody();
    public boolean hasBody();
}
