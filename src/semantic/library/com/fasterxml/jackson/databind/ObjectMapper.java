// Jackson's JSON mapper: serialise and deserialise (signatures only).
package com.fasterxml.jackson.databind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

public class ObjectMapper {
    public ObjectMapper() {}
    public String writeValueAsString(Object value) throws JsonProcessingException;
    public byte[] writeValueAsBytes(Object value) throws JsonProcessingException;
    public <T> T readValue(String content, Class<T> valueType) throws JsonProcessingException;
    public <T> T readValue(String content, TypeReference<T> valueTypeRef) throws JsonProcessingException;
    public <T> T readValue(byte[] src, Class<T> valueType) throws java.io.IOException;
    public <T> T convertValue(Object fromValue, Class<T> toValueType);
    public <T> T convertValue(Object fromValue, TypeReference<T> toValueTypeRef);
    public ObjectMapper findAndRegisterModules();
}
