// Mockito captor of the arguments a mock was called with (signatures only).
package org.mockito;

import java.util.List;

public class ArgumentCaptor<T> {
    public static <U, S extends U> ArgumentCaptor<U> forClass(Class<S> clazz);
    public T capture();
    public T getValue();
    public List<T> getAllValues();
}
