// Jackson's checked processing exception (signatures only).
package com.fasterxml.jackson.core;

public class JsonProcessingException extends java.io.IOException {
    protected JsonProcessingException(String msg) {}
    public String getOriginalMessage();
}
