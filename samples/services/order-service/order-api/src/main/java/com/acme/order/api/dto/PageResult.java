package com.acme.order.api.dto;

import lombok.Builder;
import lombok.Getter;
import lombok.ToString;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;

/**
 * 分页结果
 */
@Getter
@Builder
@ToString
public class PageResult<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long total;
    private final int pageNo;
    private final int pageSize;
    @Builder.Default
    private final List<T> records = Collections.emptyList();

    public int totalPages() {
        return pageSize == 0 ? 0 : (int) ((total + pageSize - 1) / pageSize);
    }
}
