// MyBatis-Plus query conditions naming columns by string (signatures only; the real class
// inherits these from AbstractWrapper and the Compare/Func/Join interfaces).
package com.baomidou.mybatisplus.core.conditions.query;

import com.baomidou.mybatisplus.core.conditions.Wrapper;
import java.util.Collection;

public class QueryWrapper<T> extends Wrapper<T> {
    public QueryWrapper() {}
    public QueryWrapper(T entity) {}

    public QueryWrapper<T> eq(String column, Object val);
    public QueryWrapper<T> eq(boolean condition, String column, Object val);
    public QueryWrapper<T> ne(String column, Object val);
    public QueryWrapper<T> gt(String column, Object val);
    public QueryWrapper<T> ge(String column, Object val);
    public QueryWrapper<T> lt(String column, Object val);
    public QueryWrapper<T> le(String column, Object val);
    public QueryWrapper<T> like(String column, Object val);
    public QueryWrapper<T> isNull(String column);
    public QueryWrapper<T> in(String column, Collection<?> coll);
    public QueryWrapper<T> in(String column, Object... values);
    public QueryWrapper<T> orderByAsc(String... columns);
    public QueryWrapper<T> orderByDesc(String... columns);
    public QueryWrapper<T> last(String lastSql);
    public QueryWrapper<T> select(String... columns);
    public LambdaQueryWrapper<T> lambda();
}
