// Dubbo 3 attachment context returned by RpcContext.getServerAttachment/getClientAttachment (signatures only).
package org.apache.dubbo.rpc;

public class RpcContextAttachment extends RpcContext {
    public RpcContextAttachment setAttachment(String key, String value);
    public RpcContextAttachment setAttachment(String key, Object value);
    public RpcContextAttachment removeAttachment(String key);
}
