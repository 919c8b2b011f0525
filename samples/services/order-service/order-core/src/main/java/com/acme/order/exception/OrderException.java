package com.acme.order.exception;

import lombok.Getter;

/**
 * 业务异常
 */
@Getter
public class OrderException extends RuntimeException {
    private final ErrorCode errorCode;

    public OrderException(ErrorCode errorCode) {
        super(errorCode.message());
        this.errorCode = errorCode;
    }

    public OrderException(ErrorCode errorCode, String detail) {
        super(errorCode.message() + ": " + detail);
        this.errorCode = errorCode;
    }

    public OrderException(ErrorCode errorCode, String detail, Throwable cause) {
        super(errorCode.message() + ": " + detail, cause);
        this.errorCode = errorCode;
    }
}
