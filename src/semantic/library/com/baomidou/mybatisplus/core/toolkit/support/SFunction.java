// MyBatis-Plus serializable getter reference (`Entity::getName`) naming a column (signatures only).
package com.baomidou.mybatisplus.core.toolkit.support;

import java.io.Serializable;
import java.util.function.Function;

@FunctionalInterface
public interface SFunction<T, R> extends Function<T, R>, Serializable {
}
