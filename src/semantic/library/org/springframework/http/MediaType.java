// Spring media types: the usual constants (signatures only).
package org.springframework.http;

public class MediaType {
    public static final MediaType APPLICATION_JSON;
    public static final String APPLICATION_JSON_VALUE = "application/json";
    public static final MediaType TEXT_PLAIN;
    public static final String TEXT_PLAIN_VALUE = "text/plain";
    public static MediaType parseMediaType(String mediaType);
    public String getType();
    public String getSubtype();
}
