package com.acme.order.config;

import com.alibaba.nacos.api.config.annotation.NacosValue;
import lombok.Getter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.stereotype.Component;

/**
 * 可在 Nacos 控制台动态修改的开关
 */
@Getter
@Component
@RefreshScope
public class DynamicOrderConfig {

    /** 是否开启下单（大促期间可紧急关闭） */
    @NacosValue(value = "${order.switch.create-enabled:true}", autoRefreshed = true)
    private boolean createEnabled;

    /** 单用户每分钟最大下单次数 */
    @Value("${order.limit.per-user-per-minute:5}")
    private int perUserPerMinute;

    /** 支付服务地址（Feign 直连时使用） */
    @Value("${payment.service.url:http://payment-service:8082}")
    private String paymentUrl;

    /** 用户中心地址 */
    @Value("${user.center.base-url:http://user-center.acme.internal:8081}")
    private String userCenterUrl;

    /** 灰度用户尾号 */
    @Value("${order.gray.user-suffixes:0,5}")
    private String grayUserSuffixes;

    public boolean isGrayUser(Long userId) {
        if (userId == null) {
            return false;
        }
        String last = String.valueOf(userId % 10);
        for (String s : grayUserSuffixes.split(",")) {
            if (s.trim().equals(last)) {
                return true;
            }
        }
        return false;
    }
}
