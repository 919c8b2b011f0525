package com.acme.inventory.support;

/**
 * 租户/调用链上下文，基于 ThreadLocal。
 * 注意：线程池中使用后必须 clear()，否则会串号。
 */
public final class TenantContext {

    private static final ThreadLocal<String> TENANT = new ThreadLocal<>();
    private static final ThreadLocal<String> TRACE_ID = ThreadLocal.withInitial(() -> "无");
    private static final InheritableThreadLocal<String> OPERATOR = new InheritableThreadLocal<>();

    private TenantContext() {
    }

    public static void set(String tenant, String traceId) {
        TENANT.set(tenant);
        TRACE_ID.set(traceId);
    }

    public static String tenant() {
        String t = TENANT.get();
        return t == null ? "默认租户" : t;
    }

    public static String traceId() {
        return TRACE_ID.get();
    }

    public static void setOperator(String operator) {
        OPERATOR.set(operator);
    }

    public static String operator() {
        return OPERATOR.get();
    }

    public static void clear() {
        TENANT.remove();
        TRACE_ID.remove();
        OPERATOR.remove();
    }
}
