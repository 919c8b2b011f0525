// MyBatis-Plus generic mapper: the CRUD methods every mapper interface inherits (signatures only).
package com.baomidou.mybatisplus.core.mapper;

import com.baomidou.mybatisplus.core.conditions.Wrapper;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;

public interface BaseMapper<T> {
    int insert(T entity);
    int deleteById(Serializable id);
    int deleteById(T entity);
    int deleteBatchIds(Collection<?> idList);
    int delete(Wrapper<T> queryWrapper);
    int updateById(T entity);
    int update(T entity, Wrapper<T> updateWrapper);
    T selectById(Serializable id);
    List<T> selectBatchIds(Collection<? extends Serializable> idList);
    T selectOne(Wrapper<T> queryWrapper);
    boolean exists(Wrapper<T> queryWrapper);
    Long selectCount(Wrapper<T> queryWrapper);
    List<T> selectList(Wrapper<T> queryWrapper);
    List<Map<String, Object>> selectMaps(Wrapper<T> queryWrapper);
    List<Object> selectObjs(Wrapper<T> queryWrapper);
}
