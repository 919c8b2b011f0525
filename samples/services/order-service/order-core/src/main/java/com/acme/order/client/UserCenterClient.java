package com.acme.order.client;

import com.acme.order.config.DynamicOrderConfig;
import lombok.Data;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

import java.util.Collections;
import java.util.Map;

/**
 * 用户中心 HTTP 调用（RestTemplate）
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class UserCenterClient {

    private static final String RISK_URL = "http://risk-control.acme.internal:8090/api/risk/check";

    private final RestTemplate restTemplate;
    private final DynamicOrderConfig dynamicConfig;

    @Data
    public static class UserInfo {
        private Long id;
        private String nickname;
        private String level;
        private boolean frozen;
    }

    public UserInfo getUser(Long userId) {
        String url = dynamicConfig.getUserCenterUrl() + "/api/users/{id}";
        try {
            return restTemplate.getForObject(url, UserInfo.class, userId);
        } catch (RestClientException e) {
            log.warn("查询用户失败 userId={} err={}", userId, e.getMessage());
            return null;
        }
    }

    /**
     * 风控校验，返回 true 表示放行
     */
    public boolean riskCheck(Long userId, long amountCents, String ip) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Caller", "order-service");
        Map<String, Object> body = Map.of("userId", userId, "amount", amountCents, "ip", ip == null ? "" : ip);
        try {
            ResponseEntity<Map> resp = restTemplate.exchange(RISK_URL, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
            Map<?, ?> result = resp.getBody() == null ? Collections.emptyMap() : resp.getBody();
            return Boolean.TRUE.equals(result.get("pass"));
        } catch (RestClientException e) {
            // 风控不可用时默认放行，记录告警
            log.error("风控服务调用失败，默认放行 userId={}", userId, e);
            return true;
        }
    }
}
