// Spring HTTP headers, as a multi-value map of names to values (signatures only).
package org.springframework.http;

import java.util.List;
import java.util.Map;

public class HttpHeaders implements Map<String, List<String>> {
    public HttpHeaders() {}
    public String getFirst(String headerName);
    public void add(String headerName, String headerValue);
    public void set(String headerName, String headerValue);
    public void setContentType(MediaType mediaType);
    public MediaType getContentType();
    public void setBearerAuth(String token);
}
