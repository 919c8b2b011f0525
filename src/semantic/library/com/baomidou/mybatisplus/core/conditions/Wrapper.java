// MyBatis-Plus condition wrapper base type (signatures only).
package com.baomidou.mybatisplus.core.conditions;

public abstract class Wrapper<T> {
    public T getEntity();
    public String getSqlSegment();
    public boolean isEmptyOfWhere();
}
