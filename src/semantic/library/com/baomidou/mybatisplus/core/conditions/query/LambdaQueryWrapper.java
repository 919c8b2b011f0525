// MyBatis-Plus query conditions naming columns by getter references (signatures only; the
// real class inherits these from AbstractLambdaWrapper and the Compare/Func/Join interfaces).
package com.baomidou.mybatisplus.core.conditions.query;

import com.baomidou.mybatisplus.core.conditions.Wrapper;
import com.baomidou.mybatisplus.core.toolkit.support.SFunction;
import java.util.Collection;

public class LambdaQueryWrapper<T> extends Wrapper<T> {
    public LambdaQueryWrapper() {}
    public LambdaQueryWrapper(T entity) {}
    public LambdaQueryWrapper(Class<T> entityClass) {}

    public LambdaQueryWrapper<T> eq(SFunction<T, ?> column, Object val);
    public LambdaQueryWrapper<T> eq(boolean condition, SFunction<T, ?> column, Object val);
    public LambdaQueryWrapper<T> ne(SFunction<T, ?> column, Object val);
    public LambdaQueryWrapper<T> gt(SFunction<T, ?> column, Object val);
    public LambdaQueryWrapper<T> ge(SFunction<T, ?> column, Object val);
    public LambdaQueryWrapper<T> lt(SFunction<T, ?> column, Object val);
    public LambdaQueryWrapper<T> le(SFunction<T, ?> column, Object val);
    public LambdaQueryWrapper<T> like(SFunction<T, ?> column, Object val);
    public LambdaQueryWrapper<T> between(SFunction<T, ?> column, Object val1, Object val2);
    public LambdaQueryWrapper<T> isNull(SFunction<T, ?> column);
    public LambdaQueryWrapper<T> isNotNull(SFunction<T, ?> column);
    public LambdaQueryWrapper<T> in(SFunction<T, ?> column, Collection<?> coll);
    public LambdaQueryWrapper<T> in(SFunction<T, ?> column, Object... values);
    public LambdaQueryWrapper<T> notIn(SFunction<T, ?> column, Collection<?> coll);
    public LambdaQueryWrapper<T> orderByAsc(SFunction<T, ?> column);
    public LambdaQueryWrapper<T> orderByDesc(SFunction<T, ?> column);
    public LambdaQueryWrapper<T> last(String lastSql);
    public LambdaQueryWrapper<T> select(SFunction<T, ?>... columns);
}
